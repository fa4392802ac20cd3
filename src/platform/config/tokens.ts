/** Injection token of the validated `AppConfig`. */
export const APP_CONFIG = Symbol('AppConfig');
/** Injection token of the root pino logger. */
export const LOGGER = Symbol('Logger');
