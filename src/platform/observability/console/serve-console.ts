import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

const PAGE = fileURLToPath(new URL('./public/', import.meta.url));
const MERMAID = dirname(createRequire(import.meta.url).resolve('mermaid'));

/** Mermaid's ES module build and the chunks it loads on demand; nothing else of the package. */
const mermaidFile = (path: string) =>
  path === '/mermaid.esm.min.mjs' || /^\/chunks\/mermaid\.esm\.min\/[\w.-]+\.mjs$/.test(path);

/**
 * Serves the operations console at `/console/`: a static page whose data
 * comes from the admin API (so the page itself needs no sign-in, its data
 * does), and Mermaid from the installed package (no CDN).
 */
export async function serveConsole(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: PAGE,
    prefix: '/console',
    redirect: true,
    index: 'index.html',
    maxAge: '1h',
  });
  await fastify.register(fastifyStatic, {
    root: MERMAID,
    prefix: '/console/vendor/mermaid/',
    decorateReply: false,
    allowedPath: (path) => mermaidFile(path),
    maxAge: '1d',
    immutable: true,
  });
}
