import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Where the work in progress comes from: the request or the event that caused it. */
export interface MessageContext {
  readonly correlationId: string;
  readonly causationId: string;
}

const storage = new AsyncLocalStorage<MessageContext>();

export const MessageContext = {
  run<T>(context: MessageContext, work: () => T): T {
    return storage.run(context, work);
  },

  /** The current context, or a fresh one for work that nothing traceable caused. */
  current(): MessageContext {
    const context = storage.getStore();
    if (context) return context;
    const id = randomUUID();
    return { correlationId: id, causationId: id };
  },
};
