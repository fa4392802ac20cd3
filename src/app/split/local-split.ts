import { join } from 'node:path';
import { type AppConfig, ConfigError } from '../../platform/config/config.js';
import { SPLIT_LAYOUT_NAMES, SPLIT_LAYOUTS, type SplitLayoutName } from './layouts.js';
import { planSplit, processName, type SplitPlan } from './plan.js';

/** Where `npm run start:split` keeps the embedded databases and the broker's store by default. */
export const SPLIT_DIR = '.split';
/** The first process's embedded PostgreSQL port by default (`npm start`'s is 15432). */
export const SPLIT_DB_PORT = 15441;

/** SPLIT_LAYOUT: which layout `npm run start:split` runs (default `three`). */
export function splitLayoutSetting(raw: string | undefined): SplitLayoutName {
  if (raw === undefined || raw === '') return 'three';
  if ((SPLIT_LAYOUT_NAMES as string[]).includes(raw)) return raw as SplitLayoutName;
  throw new ConfigError('SPLIT_LAYOUT', `one of ${SPLIT_LAYOUT_NAMES.join(', ')}`, raw);
}

/** The folder of one layout's data (embedded databases, the broker's store). */
export function splitDataDir(env: NodeJS.ProcessEnv, layout: SplitLayoutName): string {
  return join(env.EMBEDDED_DB_DIR || SPLIT_DIR, layout);
}

/**
 * The plan of a split on this machine from the shop's settings: the client-facing
 * process on PORT and the others on the next ports; each process on its own embedded
 * PostgreSQL (EMBEDDED_DB_DIR/<layout>/<process>, from EMBEDDED_DB_PORT on) unless
 * DATABASE_URL names a server; a context's own `<CONTEXT>_DATABASE_URL` wins.
 */
export function localSplitPlan(options: {
  readonly layout: SplitLayoutName;
  readonly config: AppConfig;
  /** The raw environment: whether EMBEDDED_DB_DIR and EMBEDDED_DB_PORT were given. */
  readonly env: NodeJS.ProcessEnv;
  readonly natsUrl?: string;
  readonly jwtSecret: string;
}): SplitPlan {
  const { config, env, layout } = options;
  const processes = SPLIT_LAYOUTS[layout];
  const dbPort = env.EMBEDDED_DB_PORT ? config.EMBEDDED_DB_PORT : SPLIT_DB_PORT;
  return planSplit(processes, {
    ports: processes.map((_, index) => config.PORT + index),
    databases: processes.map((contexts, index) => ({
      ...(config.DATABASE_URL
        ? { server: { url: config.DATABASE_URL, roleSecret: config.DATABASE_ROLE_SECRET } }
        : {
            embedded: {
              dir: join(splitDataDir(env, layout), processName(contexts)),
              port: dbPort + index,
            },
          }),
      contexts: config.contextDatabaseUrls,
    })),
    natsUrl: options.natsUrl,
    jwtSecret: options.jwtSecret,
    admin:
      config.ADMIN_EMAIL && config.ADMIN_PASSWORD
        ? { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD }
        : undefined,
  });
}
