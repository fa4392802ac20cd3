import { ConfigError } from '../platform/config/config.js';

/** Ends the process on a startup failure: one clear line for a configuration mistake, the stack otherwise. */
export function exitOnFatal(what: string) {
  return (error: unknown): never => {
    process.stderr.write(
      error instanceof ConfigError
        ? `${error.message}\n`
        : `${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  };
}
