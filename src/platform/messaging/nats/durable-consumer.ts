import { AckPolicy, type Consumer, DeliverPolicy, type JsMsg } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { EventEnvelope } from '../envelope.js';
import type { Subscription } from '../transport.js';
import type { BrokerConnection } from './broker-connection.js';
import { StreamOrder } from './stream-order.js';
import { streamOf, subjectsOf } from './subjects.js';

export interface ConsumerOptions {
  /** Messages handed to the inbox at most at once. */
  readonly batchSize: number;
  /** First wait after a failure; doubles up to MAX_RETRY_MS. */
  readonly retryMs: number;
  /** The server redelivers a message not acknowledged within this time. */
  readonly ackWaitMs: number;
}

/** A durable consumer's position, for the modules view. */
export interface ConsumerLag {
  readonly consumer: string;
  readonly stream: string;
  /** Messages in the stream not yet delivered to it. */
  readonly pending: number;
  /** Delivered and not yet acknowledged. */
  readonly unacknowledged: number;
  /** Whether this process holds the consumer's lease (pulls); replicas without it stand by. */
  readonly active: boolean;
}

const MAX_RETRY_MS = 5_000;
/** How often a replica without the lease asks for it again. */
const LEASE_RETRY_MS = 1_000;
/** How long one pull request waits for messages before the next is made (also the longest stop). */
const PULL_EXPIRES_MS = 2_000;
/** Pause before pulling again while an earlier message is still out (see StreamOrder). */
const GAP_RETRY_MS = 200;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A consuming context's durable pull consumer on one producer's stream: it is
 * named after the consuming context, so the consumer's position survives
 * restarts and replicas share it. It takes the producer's whole subject space
 * (nats-server 2.9 allows one filter subject per consumer, and a consumer per
 * event name would lose the order between an aggregate's events of different
 * names) and drops the names the context does not consume, after the ack.
 *
 * Only the process holding the subscription's lease pulls (replicas of a
 * consuming context would otherwise store an aggregate's events into the inbox
 * in the order their batches commit). Messages go to the subscription (the
 * inbox) in stream order (`StreamOrder`), a pull at a time; each is
 * acknowledged only after `receive` resolved, i.e. after the inbox committed
 * them. If `receive` fails, that batch and every later message of the same
 * pull are nak'ed in order, so the next pull starts again from the failed
 * batch.
 */
export class DurableConsumer {
  private stopped = false;
  private running?: Promise<void>;
  private pull?: { close(): Promise<void | Error> };
  private readonly order: StreamOrder;

  constructor(
    private readonly broker: BrokerConnection,
    private readonly producer: string,
    private readonly subscription: Subscription,
    private readonly options: ConsumerOptions,
    private readonly log: Logger,
  ) {
    this.order = new StreamOrder(2 * options.ackWaitMs);
  }

  start(): void {
    this.running ??= this.loop();
  }

  /**
   * Lets the pull in progress run out, handing back (nak) what still arrives,
   * so that the next holder of the lease resumes in order at once; a pull cut
   * short would leave its messages out until the ack wait expires.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.running,
      new Promise((resolve) => (timer = setTimeout(resolve, PULL_EXPIRES_MS + 1_000))),
    ]);
    clearTimeout(timer);
    await this.pull?.close();
    await this.running;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    let standingBy = false;
    while (!this.stopped) {
      try {
        if (!(await this.holdsLease())) {
          if (!standingBy) this.log.info('another process consumes these events; standing by');
          standingBy = true;
          await sleep(LEASE_RETRY_MS);
          continue;
        }
        standingBy = false;
        await this.broker.waitConnected(MAX_RETRY_MS);
        const consumer = await this.open();
        for (;;) {
          if (this.stopped) return;
          if (!(this.subscription.lease?.held ?? true)) throw new Error('lost the consumer lease');
          await this.pullOnce(consumer);
          if (failures > 0) this.log.info('consuming again');
          failures = 0;
        }
      } catch (error) {
        if (this.stopped) return;
        failures++;
        const fields = { err: error, failures };
        if (failures === 1) this.log.warn(fields, 'cannot consume events; retrying');
        else this.log.debug(fields, 'still cannot consume events');
        await sleep(Math.min(this.options.retryMs * 2 ** Math.min(failures - 1, 10), MAX_RETRY_MS));
      }
    }
  }

  /** How far this consumer is behind its stream, as the broker sees it. */
  async lag(): Promise<ConsumerLag> {
    const { jsm } = this.broker.jetstream();
    const info = await jsm.consumers.info(streamOf(this.producer), this.subscription.context);
    return {
      consumer: this.subscription.context,
      stream: streamOf(this.producer),
      pending: info.num_pending,
      unacknowledged: info.num_ack_pending,
      active: this.subscription.lease?.held ?? true,
    };
  }

  private async holdsLease(): Promise<boolean> {
    return this.subscription.lease ? this.subscription.lease.acquire() : true;
  }

  private async open(): Promise<Consumer> {
    const { js, jsm } = this.broker.jetstream();
    await this.broker.ensureStream(this.producer);
    const stream = streamOf(this.producer);
    const name = this.subscription.context;
    const ackWait = nanos(this.options.ackWaitMs);
    let info = await jsm.consumers.info(stream, name).catch(() => undefined);
    if (!info) {
      info = await jsm.consumers.add(stream, {
        durable_name: name,
        ack_policy: AckPolicy.Explicit,
        // A consumer created after the producer started still gets what the stream holds.
        deliver_policy: DeliverPolicy.All,
        filter_subject: subjectsOf(this.producer),
        ack_wait: ackWait,
        // Redelivery here only covers a failed store into the inbox; the inbox counts handler attempts.
        max_deliver: -1,
      });
    } else if (info.config.ack_wait !== ackWait) {
      info = await jsm.consumers.update(stream, name, { ack_wait: ackWait });
    }
    // Everything up to the ack floor reached an inbox; what follows must come in order.
    const first = (await jsm.streams.info(stream)).state.first_seq;
    this.order.resume(info.ack_floor.stream_seq, first);
    return js.consumers.get(stream, name);
  }

  /** Whether a message may go to the inbox now (see StreamOrder). */
  private inOrder(message: JsMsg): boolean {
    const expected = this.order.expected;
    const verdict = this.order.admit(message.seq);
    if (verdict === 'gave-up')
      this.log.warn(
        { expected, streamSequence: message.seq },
        'an earlier message never came back; going on without it',
      );
    return verdict !== 'early';
  }

  private async pullOnce(consumer: Consumer): Promise<void> {
    const messages = await consumer.fetch({
      max_messages: this.options.batchSize,
      expires: PULL_EXPIRES_MS,
    });
    this.pull = messages;
    let batch: JsMsg[] = [];
    let failure: Error | undefined;
    let gap = false;
    try {
      for await (const message of messages) {
        if (failure !== undefined || this.stopped) {
          message.nak();
          continue;
        }
        if (!this.inOrder(message)) {
          message.nak();
          gap = true;
          continue;
        }
        batch.push(message);
        // Hand over what has arrived as soon as nothing more is waiting.
        if (messages.getPending() > 0 && batch.length < this.options.batchSize) continue;
        try {
          await this.deliver(batch);
        } catch (error) {
          failure = error instanceof Error ? error : new Error('the inbox refused the events');
          for (const failed of batch) failed.nak();
        }
        batch = [];
      }
      // The pull ended mid-batch (lost, or stopped): hand back what was not delivered.
      for (const undelivered of batch) undelivered.nak();
    } finally {
      this.pull = undefined;
    }
    if (failure !== undefined) throw failure;
    if (gap) await sleep(GAP_RETRY_MS);
  }

  private async deliver(batch: readonly JsMsg[]): Promise<void> {
    const wanted: EventEnvelope[] = [];
    for (const message of batch) {
      const envelope = parse(message);
      if (!envelope) {
        this.log.error(
          { subject: message.subject, streamSequence: message.seq },
          'a message on the events stream is not an event envelope; dropped',
        );
      } else if (this.subscription.names.has(envelope.name)) {
        wanted.push(envelope);
      }
    }
    if (wanted.length > 0) await this.subscription.receive(wanted);
    for (const message of batch) message.ack();
  }
}

function parse(message: JsMsg): EventEnvelope | undefined {
  try {
    const envelope = message.json<EventEnvelope>();
    return typeof envelope?.name === 'string' ? envelope : undefined;
  } catch {
    return undefined;
  }
}
