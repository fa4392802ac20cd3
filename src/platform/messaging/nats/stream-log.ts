import { DeliverPolicy } from '@nats-io/jetstream';
import { Cursor, type Page } from '../../application/page.js';
import type { EventEnvelope } from '../envelope.js';
import type { BrokerConnection } from './broker-connection.js';
import { producerOf, streamOf, subjectOf, subjectsOf } from './subjects.js';

/**
 * A read from `since` starts this long before it, then keeps the events that
 * occurred at or after it: the stream knows when it stored a message, which
 * differs from when the event occurred by the outbox's delay and clock skew.
 */
const SINCE_MARGIN_MS = 5 * 60_000;

type Start = { readonly sequence: number } | { readonly time: Date };

/** The event log of a producer hosted elsewhere: its stream, read with ordered consumers. */
export class StreamLog {
  constructor(private readonly broker: BrokerConnection) {}

  /** The events of `names` the producer published at or after `since`, in stream order. */
  async read(producer: string, names: readonly string[], since: Date): Promise<EventEnvelope[]> {
    const wanted = new Set(names);
    const events: EventEnvelope[] = [];
    await this.scan(producer, subjectsOf(producer), startingAt(since), (envelope) => {
      if (wanted.has(envelope.name) && new Date(envelope.occurredAt) >= since)
        events.push(envelope);
      return true;
    });
    return events;
  }

  /** One page of the producer's log, oldest first, optionally of one event name; the cursor is a stream sequence. */
  async page(
    producer: string,
    filter: { name?: string; since?: Date },
    limit: number,
    cursor?: string,
  ): Promise<Page<EventEnvelope>> {
    const after = Cursor.decode(cursor, ['number'])?.[0] as number | undefined;
    const { name, since } = filter;
    // A name of another producer, or one with wildcards, names nothing in this stream.
    if (name !== undefined && (producerOf(name) !== producer || !/^[\w.]+$/.test(name)))
      return { items: [], nextCursor: null };
    const rows: { sequence: number; envelope: EventEnvelope }[] = [];
    const start: Start =
      after !== undefined ? { sequence: after + 1 } : since ? startingAt(since) : { sequence: 1 };
    await this.scan(
      producer,
      name ? subjectOf(name) : subjectsOf(producer),
      start,
      (envelope, sequence) => {
        if (!since || new Date(envelope.occurredAt) >= since) rows.push({ sequence, envelope });
        return rows.length <= limit;
      },
    );
    const page = Cursor.page(rows, limit, (row) => [row.sequence]);
    return { items: page.items.map((row) => row.envelope), nextCursor: page.nextCursor };
  }

  /** Hands each message from `start` to `take` until the end of the stream or `take` says stop. */
  private async scan(
    producer: string,
    subject: string,
    start: Start,
    take: (envelope: EventEnvelope, sequence: number) => boolean,
  ): Promise<void> {
    const { js, jsm } = this.broker.jetstream();
    // No stream yet: the producer has published nothing that crossed processes.
    if (!(await jsm.streams.info(streamOf(producer)).catch(() => undefined))) return;
    const consumer = await js.consumers.get(
      streamOf(producer),
      'sequence' in start
        ? {
            filter_subjects: subject,
            deliver_policy: DeliverPolicy.StartSequence,
            opt_start_seq: start.sequence,
          }
        : {
            filter_subjects: subject,
            deliver_policy: DeliverPolicy.StartTime,
            opt_start_time: start.time.toISOString(),
          },
    );
    if ((await consumer.info()).num_pending === 0) return;
    const messages = await consumer.consume({ max_messages: 256 });
    try {
      for await (const message of messages) {
        if (!take(message.json<EventEnvelope>(), message.seq)) break;
        if (message.info.pending === 0) break;
      }
    } finally {
      await messages.close();
    }
  }
}

const startingAt = (since: Date): Start => ({
  time: new Date(Math.max(0, since.getTime() - SINCE_MARGIN_MS)),
});
