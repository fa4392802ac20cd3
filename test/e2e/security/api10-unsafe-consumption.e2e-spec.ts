import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../support/app.js';
import { eventually } from '../../support/context-database.js';
import { shopDriver } from '../../support/shop.js';

/**
 * OWASP API10:2023 Unsafe Consumption of APIs: what the shop consumes from
 * others — here integration events from other contexts, which may one day
 * cross a network — is validated against its contract before it has any
 * effect; a payload that breaks it becomes a dead letter, never a write.
 */
describe('API10 unsafe consumption', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;

  beforeAll(async () => {
    shop = await startTestApp({ env: { MESSAGING_POLL_MS: '50' } });
    driver = shopDriver(shop);
  });
  afterAll(() => shop?.close());

  /** Puts an event in customers' outbox as if customers (or a tampered transport) had sent it. */
  async function forgeCustomerRegistered(
    payload: Record<string, unknown> & { customerId: string },
  ): Promise<string> {
    const id = randomUUID();
    const aggregateId = payload.customerId;
    const envelope = {
      id,
      name: 'customers.CustomerRegistered.v1',
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'customers',
      aggregateId,
      sequence: 1,
      correlationId: id,
      causationId: id,
      payload,
    };
    await driver.sql(
      `insert into customers.outbox (event_id, name, aggregate_id, sequence, occurred_at, envelope)
       values ($1, $2, $3, 1, now(), $4)`,
      [id, envelope.name, aggregateId, JSON.stringify(envelope)],
    );
    return id;
  }

  it('dead-letters an event that breaks its contract, and applies nothing of it', async () => {
    const customerId = randomUUID();
    const eventId = await forgeCustomerRegistered({ customerId, tier: 'root', isAdmin: true });
    const dead = await eventually(async () => {
      const rows = await driver.sql(
        "select last_error from ordering.inbox where event_id = $1 and status = 'dead'",
        [eventId],
      );
      return rows[0];
    }, 'the forged event to be dead-lettered');
    expect(dead.last_error).toMatch(/^schema violation/);
    const buyers = await driver.sql('select 1 from ordering.buyers where customer_id = $1', [
      customerId,
    ]);
    expect(buyers).toHaveLength(0);
  });

  it('applies the same event when it keeps its contract (the forging helper is sound)', async () => {
    const customerId = randomUUID();
    await forgeCustomerRegistered({ customerId, tier: 'standard' });
    await eventually(
      async () =>
        (await driver.sql('select 1 from ordering.buyers where customer_id = $1', [customerId]))
          .length === 1,
      'the buyer',
    );
  });
});
