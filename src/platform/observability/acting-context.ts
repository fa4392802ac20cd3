import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<string>();

/**
 * The bounded context doing the work in progress: the owner of the route an
 * HTTP request reached, the consumer of the event being handled, the server
 * of the public query being answered. Metrics and spans name it.
 */
export const ActingContext = {
  run<T>(context: string, work: () => T): T {
    return storage.run(context, work);
  },

  /** The acting context, or `platform` for work no context owns (health, metrics, admin). */
  current(): string {
    return storage.getStore() ?? 'platform';
  },
};
