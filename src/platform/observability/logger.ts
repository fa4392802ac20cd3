import type { LoggerService } from '@nestjs/common';
import { type LogFn, pino, type Logger } from 'pino';
import { outageCause } from '../persistence/database-outage.js';
import { RepeatLimiter } from './repeat-limiter.js';
import { Tracing } from './tracing.js';

/**
 * Paths whose values never reach a log line, whatever logs them: credentials,
 * tokens and anything that could be payment data.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.cardNumber',
  '*.databaseUrl',
];

export function createLogger(
  level: string,
  destination?: pino.DestinationStream,
  { repeatIntervalMs = 10_000 }: { repeatIntervalMs?: number } = {},
): Logger {
  return pino(
    {
      level,
      base: { service: 'emporium' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      hooks: { logMethod: limitOutageRepeats(new RepeatLimiter(repeatIntervalMs)) },
      // While a span is active, its ids join every line (empty when tracing is off).
      mixin: () => Tracing.logFields(),
    },
    destination,
  );
}

const WARN = 40;

/**
 * A database outage makes every request, retry loop and pooled connection
 * fail the same way, many times a second. Its warnings and errors are
 * written once per message and cause in each interval (marked `outage`);
 * the repeats are counted in one line at the end of the interval. Every
 * other line passes untouched.
 */
function limitOutageRepeats(limiter: RepeatLimiter) {
  return function (this: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
    // The hot path: every request writes info lines.
    if (level < WARN) return method.apply(this, args);
    const [first, ...rest] = args as unknown[];
    const fields =
      typeof first === 'object' && first !== null && !(first instanceof Error)
        ? (first as Record<string, unknown>)
        : undefined;
    const msg = [first, ...rest].find((arg): arg is string => typeof arg === 'string') ?? '';
    const cause = outageCause(first instanceof Error ? first : (fields?.err ?? { message: msg }));
    if (!cause) return method.apply(this, args);
    const context = { ...fields, err: undefined, outage: cause };
    const admitted = limiter.admit(`${level} ${cause} ${msg}`, (repeats) =>
      method.call(
        this,
        { ...context, repeats, intervalMs: limiter.intervalMs },
        `${msg} (${repeats} more in ${limiter.intervalMs} ms)`,
      ),
    );
    if (!admitted) return;
    const head = first instanceof Error ? { err: first } : fields;
    const tail = head ? rest : args;
    method.apply(this, [{ ...head, outage: cause }, ...tail] as Parameters<LogFn>);
  };
}

/** Routes Nest's own log calls into the same JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.write('error', message, context ?? stackOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: string): void {
    if (message instanceof Error) this.logger[level]({ err: message, context }, message.message);
    else if (typeof message === 'object') this.logger[level]({ ...message, context });
    else this.logger[level]({ context }, String(message as string));
  }
}
