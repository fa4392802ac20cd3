import { createLogger } from '../../observability/logger.js';
import type { EventEnvelope } from '../envelope.js';
import {
  type EventTransport,
  InProcessTransport,
  PartialPublish,
  type Subscription,
} from '../transport.js';
import type { BrokerConnection } from './broker-connection.js';
import { JetStreamTransport } from './jetstream-transport.js';
import { RoutingTransport } from './routing-transport.js';

const envelope = (source: string, aggregateId: string, sequence: number, type = 'Happened') =>
  ({
    id: `${aggregateId}#${sequence}`,
    name: `${source}.${type}.v1`,
    source,
    aggregateId,
    sequence,
  }) as EventEnvelope;

/** A JetStream client whose publish fails for the given message ids, recording each attempt. */
function brokerFailingOn(failing: ReadonlySet<string>) {
  const attempts: string[] = [];
  const publish = async (subject: string, _payload: string, options: { msgID: string }) => {
    attempts.push(options.msgID);
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (failing.has(options.msgID)) throw new Error(`no ack for ${options.msgID}`);
    return { seq: attempts.length, subject };
  };
  const broker = {
    jetstream: () => ({ js: { publish } }),
    ensureStream: () => Promise.resolve(),
    forgetStreams: () => undefined,
  } as unknown as BrokerConnection;
  return { broker, attempts };
}

describe('JetStreamTransport.publish', () => {
  const options = {
    publishTimeoutMs: 100,
    consumer: { batchSize: 10, retryMs: 10, ackWaitMs: 1000 },
  };

  it('publishes each aggregate in sequence order and stops an aggregate at its first failure', async () => {
    const { broker, attempts } = brokerFailingOn(new Set(['a#2']));
    const transport = new JetStreamTransport(broker, options, createLogger('silent'));
    const batch = [envelope('pub', 'a', 3), envelope('pub', 'a', 1), envelope('pub', 'a', 2)];
    const failure = await transport.publish(batch).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(PartialPublish);
    expect([...(failure as PartialPublish).acknowledged]).toEqual(['a#1']);
    // a#3 was never sent: stored after a failed a#2 it would precede it in the stream.
    expect(attempts).toEqual(['a#1', 'a#2']);
  });

  it('keeps many aggregates in flight at once and resolves when all are stored', async () => {
    const { broker, attempts } = brokerFailingOn(new Set());
    const transport = new JetStreamTransport(broker, options, createLogger('silent'));
    await transport.publish([
      envelope('pub', 'a', 1),
      envelope('pub', 'a', 2),
      envelope('pub', 'b', 1),
    ]);
    // b#1 goes out while a#1 waits for its acknowledgement.
    expect(attempts).toEqual(['a#1', 'b#1', 'a#2']);
  });
});

describe('RoutingTransport', () => {
  function recording(failWith?: Error) {
    const published: string[] = [];
    const subscribed: Subscription[] = [];
    const transport: EventTransport = {
      subscribe: (subscription) => {
        subscribed.push(subscription);
        return Promise.resolve();
      },
      publish: (envelopes) => {
        published.push(...envelopes.map((e) => e.id));
        return failWith ? Promise.reject(failWith) : Promise.resolve();
      },
      close: () => Promise.resolve(),
    };
    return { transport, published, subscribed };
  }
  const crossing = new Set(['catalog.Shared.v1']);
  const route = (direct: EventTransport, broker: EventTransport) =>
    new RoutingTransport(direct, broker, new Set(['catalog', 'inventory']), (name) =>
      crossing.has(name),
    );

  it('delivers everything directly and sends to the broker only what a context elsewhere consumes', async () => {
    const direct = recording();
    const broker = recording();
    const local = envelope('catalog', 'p', 1, 'Local');
    const shared = envelope('catalog', 'p', 2, 'Shared');
    await route(direct.transport, broker.transport).publish([local, shared]);
    expect(direct.published).toEqual(['p#1', 'p#2']);
    expect(broker.published).toEqual(['p#2']);
  });

  it('counts as stored, when the broker fails, only what did not need it', async () => {
    const direct = recording();
    const broker = recording(new Error('broker down'));
    const failure = await route(direct.transport, broker.transport)
      .publish([envelope('catalog', 'p', 1, 'Local'), envelope('catalog', 'p', 2, 'Shared')])
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(PartialPublish);
    expect([...(failure as PartialPublish).acknowledged]).toEqual(['p#1']);
  });

  it('subscribes to the broker only for producers this process does not host', async () => {
    const direct = recording();
    const broker = recording();
    await route(direct.transport, broker.transport).subscribe({
      context: 'inventory',
      names: new Set(['catalog.Local.v1', 'ordering.OrderPlaced.v1']),
      receive: () => Promise.resolve(),
    });
    expect(direct.subscribed.map((s) => [...s.names])).toEqual([['catalog.Local.v1']]);
    expect(broker.subscribed.map((s) => [...s.names])).toEqual([['ordering.OrderPlaced.v1']]);
  });
});

describe('InProcessTransport', () => {
  const subscriber = (
    context: string,
    receiveAndHandle?: (envelopes: readonly EventEnvelope[]) => Promise<void>,
  ) => {
    const received: string[] = [];
    const subscription: Subscription = {
      context,
      names: new Set(['ordering.Happened.v1']),
      receive: (envelopes) => {
        received.push(...envelopes.map((e) => e.id));
        return Promise.resolve();
      },
      ...(receiveAndHandle && { receiveAndHandle }),
    };
    return { subscription, received };
  };

  it('hands a subscriber that offers it the batch to handle on receipt, the others to store', async () => {
    const transport = new InProcessTransport();
    const handled: string[] = [];
    const storing = subscriber('shipping');
    const handling = subscriber('inventory', (envelopes) => {
      handled.push(...envelopes.map((e) => e.id));
      return Promise.resolve();
    });
    await transport.subscribe(storing.subscription);
    await transport.subscribe(handling.subscription);
    await transport.publish([envelope('ordering', 'o1', 1), envelope('catalog', 'p1', 1)]);
    expect(storing.received).toEqual(['o1#1']);
    expect(handled).toEqual(['o1#1']);
    expect(handling.received).toEqual([]);
  });

  it('reports a subscriber’s failure only once every other subscriber has settled', async () => {
    const transport = new InProcessTransport();
    let slowDone = false;
    await transport.subscribe(
      subscriber('inventory', () => Promise.reject(new Error('receipt failed'))).subscription,
    );
    await transport.subscribe(
      subscriber('payments', async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        slowDone = true;
      }).subscription,
    );
    const outcome = await transport.publish([envelope('ordering', 'o1', 1)]).then(
      () => 'resolved',
      (error: Error) => `${error.message}; slow one done: ${slowDone}`,
    );
    expect(outcome).toBe('receipt failed; slow one done: true');
  });
});
