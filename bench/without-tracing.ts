/**
 * Loaded with `--import` into the shop the tracing A/B compares against
 * (BENCH_TRACING_AB): resolves the shop's tracing module to
 * `tracing-absent.js`, the same API with nothing behind it.
 */
import { registerHooks } from 'node:module';
import { ABSENT_NOTICE } from './tracing-ab.js';

const TRACING = '/src/platform/observability/tracing.js';
const ABSENT = new URL('./tracing-absent.js', import.meta.url).href;

let replaced = false;
registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    if (!resolved.url.endsWith(TRACING)) return resolved;
    if (!replaced) console.error(ABSENT_NOTICE);
    replaced = true;
    return { ...resolved, url: ABSENT };
  },
});
