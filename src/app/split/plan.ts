import { contextDatabaseUrlVariable, contextUrlVariable } from '../../platform/config/config.js';
import { CONTEXT_NAMES } from '../contexts.js';
import type { SplitLayout } from './layouts.js';

/** Where one process of a split keeps its contexts' data. */
export interface ProcessDatabase {
  /** A server whose user provisions each context's schema and role (DATABASE_URL, DATABASE_ROLE_SECRET). */
  readonly server?: { readonly url: string; readonly roleSecret?: string };
  /** Otherwise an embedded PostgreSQL of the process's own (EMBEDDED_DB_DIR, EMBEDDED_DB_PORT). */
  readonly embedded?: { readonly dir: string; readonly port: number };
  /** Connection URLs of hosted contexts that have their own (`<CONTEXT>_DATABASE_URL`); they win. */
  readonly contexts?: Readonly<Record<string, string>>;
}

export interface SplitOptions {
  /** One HTTP port per process of the layout, in its order: the first faces clients. */
  readonly ports: readonly number[];
  /** One database per process, in the layout's order. */
  readonly databases: readonly ProcessDatabase[];
  /** The event backbone; required as soon as there are two processes. */
  readonly natsUrl?: string;
  /** The deployment's one key (tokens, and the signatures of queries between processes). */
  readonly jwtSecret: string;
  /** The first administrator, given to the process that hosts customers. */
  readonly admin?: { readonly email: string; readonly password: string };
  /** Settings every process gets (the plan's own win). */
  readonly env?: Readonly<Record<string, string>>;
  /** The address the processes reach each other at. */
  readonly host?: string;
}

export interface PlannedProcess {
  /** Its contexts joined by `+` (`all` for the whole shop): how logs and tests name it. */
  readonly name: string;
  readonly contexts: readonly string[];
  readonly port: number;
  readonly url: string;
  /** Its whole configuration: what it adds to the environment it starts in. */
  readonly env: Readonly<Record<string, string>>;
}

export interface SplitPlan {
  readonly processes: readonly PlannedProcess[];
}

/** A process's name: its contexts joined by `+`, or `all` for the whole shop. */
export const processName = (contexts: readonly string[]): string =>
  contexts.length === CONTEXT_NAMES.length ? 'all' : contexts.join('+');

/** Refuses a layout that leaves out a context, hosts one twice, or names an unknown one. */
function assertCoversTheShop(layout: SplitLayout): void {
  const hosted = layout.flat();
  const unknown = hosted.filter((context) => !CONTEXT_NAMES.includes(context));
  const twice = hosted.filter((context, index) => hosted.indexOf(context) !== index);
  const missing = CONTEXT_NAMES.filter((context) => !hosted.includes(context));
  const problems = [
    unknown.length > 0 && `unknown contexts ${unknown.join(', ')}`,
    twice.length > 0 && `hosted twice: ${twice.join(', ')}`,
    missing.length > 0 && `hosted nowhere: ${missing.join(', ')}`,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`Invalid split layout: ${problems.join('; ')}`);
}

function databaseEnv(name: string, contexts: readonly string[], database: ProcessDatabase) {
  const env: Record<string, string> = {};
  if (database.server) {
    env.DATABASE_URL = database.server.url;
    if (database.server.roleSecret) env.DATABASE_ROLE_SECRET = database.server.roleSecret;
  } else if (database.embedded) {
    env.EMBEDDED_DB_DIR = database.embedded.dir;
    env.EMBEDDED_DB_PORT = String(database.embedded.port);
  } else {
    throw new Error(`Invalid split: process ${name} has no database (a server or an embedded one)`);
  }
  for (const context of contexts) {
    const own = database.contexts?.[context];
    if (own) env[contextDatabaseUrlVariable(context)] = own;
  }
  return env;
}

/**
 * The configuration of every process of a split topology, from its layout: what
 * each hosts, where it listens, where each context it does not host answers, the
 * broker, its own database, the shared key. Pure: starts nothing.
 */
export function planSplit(layout: SplitLayout, options: SplitOptions): SplitPlan {
  assertCoversTheShop(layout);
  if (options.ports.length !== layout.length || options.databases.length !== layout.length) {
    throw new Error(
      `Invalid split: ${layout.length} processes need as many ports and databases ` +
        `(got ${options.ports.length} and ${options.databases.length})`,
    );
  }
  if (layout.length > 1 && !options.natsUrl) {
    throw new Error('Invalid split: processes exchange events over NATS; give it natsUrl');
  }
  const host = options.host ?? '127.0.0.1';
  const urlOf = (index: number) => `http://${host}:${options.ports[index]}`;
  const processes = layout.map((contexts, index): PlannedProcess => {
    const name = processName(contexts);
    const env: Record<string, string> = {
      ...options.env,
      CONTEXTS: contexts.join(','),
      PORT: String(options.ports[index]),
      AUTH_JWT_SECRET: options.jwtSecret,
      ...databaseEnv(name, contexts, options.databases[index]!),
    };
    // Only the client-facing process keeps the default interface; the others answer the split.
    if (index > 0) env.HOST = host;
    layout.forEach((elsewhere, other) => {
      if (other === index) return;
      for (const context of elsewhere) env[contextUrlVariable(context)] = urlOf(other);
    });
    if (layout.length > 1) env.NATS_URL = options.natsUrl!;
    if (options.admin && contexts.includes('customers')) {
      env.ADMIN_EMAIL = options.admin.email;
      env.ADMIN_PASSWORD = options.admin.password;
    }
    return { name, contexts: [...contexts], port: options.ports[index]!, url: urlOf(index), env };
  });
  return { processes };
}
