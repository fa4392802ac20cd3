/**
 * The raw baseline: the least a hand-written Fastify + pg service does for the
 * same durable outcome as the shop's POST /api/orders and GET /api/orders/{id}.
 *
 * POST /orders   body validated by a Fastify JSON schema (compiled by ajv);
 *                caller's id from `x-customer-id` (no token);
 *                prices from memory (loaded once at start from bench_raw.products);
 *                subtotal + a flat shipping fee, no discounts;
 *                BEGIN; INSERT the order row; INSERT one outbox row (the OrderPlaced
 *                envelope as jsonb); COMMIT — 4 round trips on one pooled connection;
 *                201 with the order built in memory (no read back).
 * GET /orders/:id  one `select * from orders where id = $1`; 404 unless the
 *                caller owns it; the same view as the shop's.
 * POST /pipeline/start, /pipeline/stop
 *                runs the raw pipeline (bench/raw-pipeline.ts) in this process, as
 *                the shop runs its event pipeline in its own: the fulfilment
 *                baseline. Off by default, so that the placement runs measure
 *                placement alone.
 *
 * Settings (environment): RAW_PORT, RAW_DATABASE_URL (may create nothing: the
 * bench creates the schema), RAW_POOL_SIZE.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { RawPipeline } from './raw-pipeline.js';
import { RAW_SCHEMA } from './raw-schema.js';

interface Product {
  sku: string;
  name: string;
  price: number;
  weightGrams: number;
}

interface OrderBody {
  lines: { sku: string; quantity: number }[];
  shippingAddress: Record<string, string>;
  paymentMethod: { type: 'card' | 'paypal'; token?: string; payerEmail?: string };
  promotionCode?: string;
}

interface OrderRow {
  id: string;
  customer_id: string;
  status: string;
  rejection_reason: string | null;
  lines: unknown;
  totals: unknown;
  shipping_address: unknown;
  payment_method: { type: string; payerEmail?: string };
  promotion_code: string | null;
  timeline: unknown;
  placed_at: Date;
  updated_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let lastMs = -1;
let counter = 0;
/** UUIDv7 like the shop's ids (time-ordered, so inserts land at the end of the primary key). */
function uuidv7(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    counter++;
  } else counter = 0;
  lastMs = ms;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const text = (max: number, min = 1) => ({ type: 'string', minLength: min, maxLength: max });
const placeOrderSchema = {
  type: 'object',
  required: ['lines', 'shippingAddress', 'paymentMethod'],
  additionalProperties: false,
  properties: {
    lines: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        required: ['sku', 'quantity'],
        additionalProperties: false,
        properties: { sku: text(40, 3), quantity: { type: 'integer', minimum: 1, maximum: 100 } },
      },
    },
    shippingAddress: {
      type: 'object',
      required: ['recipient', 'line1', 'city', 'postalCode', 'country'],
      additionalProperties: false,
      properties: {
        recipient: text(100),
        line1: text(200),
        line2: text(200, 0),
        city: text(100),
        postalCode: text(20),
        region: text(100, 0),
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
      },
    },
    paymentMethod: {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: {
        type: { enum: ['card', 'paypal'] },
        token: { type: 'string', pattern: '^tok_[A-Za-z0-9]+$' },
        payerEmail: text(254),
      },
    },
    promotionCode: text(32, 0),
  },
};

const INSERT_ORDER = `insert into ${RAW_SCHEMA}.orders
  (id, customer_id, lines, shipping_address, payment_method, promotion_code, totals, status, timeline, placed_at, updated_at)
  values ($1, $2, $3, $4, $5, $6, $7, 'PENDING', $8, $9, $9)`;
const INSERT_OUTBOX = `insert into ${RAW_SCHEMA}.outbox
  (event_id, name, aggregate_id, sequence, occurred_at, envelope) values ($1, $2, $3, 1, $4, $5)`;

function view(row: OrderRow) {
  const method = row.payment_method;
  return {
    id: row.id,
    customerId: row.customer_id,
    status: row.status,
    rejectionReason: row.rejection_reason,
    lines: row.lines,
    totals: row.totals,
    shippingAddress: row.shipping_address,
    paymentMethod:
      method.type === 'card' ? { type: 'card' } : { type: 'paypal', payerEmail: method.payerEmail },
    promotionCode: row.promotion_code,
    timeline: row.timeline,
    placedAt: new Date(row.placed_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

async function main(): Promise<void> {
  const pool = new pg.Pool({
    connectionString: process.env.RAW_DATABASE_URL,
    max: Number(process.env.RAW_POOL_SIZE ?? 10),
  });
  const products = new Map<string, Product>();
  const { rows } = await pool.query<{
    sku: string;
    name: string;
    price_amount: string;
    weight_grams: number;
  }>(`select sku, name, price_amount, weight_grams from ${RAW_SCHEMA}.products`);
  for (const row of rows) {
    products.set(row.sku, {
      sku: row.sku,
      name: row.name,
      price: Number(row.price_amount),
      weightGrams: row.weight_grams,
    });
  }

  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
  const customerOf = (header: string | string[] | undefined) =>
    typeof header === 'string' && UUID.test(header) ? header : undefined;

  const pipeline = new RawPipeline(pool, { batchSize: 32, pollMs: 1000, newId: uuidv7 });
  app.get('/health', () => ({ status: 'ok', products: products.size }));
  app.post('/pipeline/start', () => {
    pipeline.start();
    return { running: true };
  });
  app.post('/pipeline/stop', async () => {
    await pipeline.stop();
    return { running: false };
  });

  app.post<{ Body: OrderBody }>(
    '/orders',
    { schema: { body: placeOrderSchema } },
    async (request, reply) => {
      const customerId = customerOf(request.headers['x-customer-id']);
      if (!customerId) return reply.code(401).send({ error: 'x-customer-id required' });
      const body = request.body;
      const seen = new Set<string>();
      let subtotal = 0;
      let weight = 0;
      const lines = [];
      for (const line of body.lines) {
        const product = products.get(line.sku);
        if (!product || seen.has(line.sku)) {
          return reply.code(422).send({ error: `bad line ${line.sku}` });
        }
        seen.add(line.sku);
        const lineTotal = product.price * line.quantity;
        subtotal += lineTotal;
        weight += product.weightGrams * line.quantity;
        lines.push({
          sku: product.sku,
          name: product.name,
          unitPrice: { amount: product.price, currency: 'USD' },
          quantity: line.quantity,
          weightGrams: product.weightGrams,
          lineTotal: { amount: lineTotal, currency: 'USD' },
        });
      }
      const shipping = weight <= 1000 ? 499 : 1099;
      const now = new Date();
      const at = now.toISOString();
      const id = uuidv7();
      const totals = {
        subtotal: { amount: subtotal, currency: 'USD' },
        discount: { amount: 0, currency: 'USD' },
        shipping: { amount: shipping, currency: 'USD' },
        total: { amount: subtotal + shipping, currency: 'USD' },
      };
      const timeline = [{ status: 'PENDING', at }];
      const eventId = randomUUID();
      const envelope = {
        id: eventId,
        name: 'ordering.OrderPlaced.v1',
        version: 1,
        occurredAt: at,
        source: 'ordering',
        aggregateId: id,
        sequence: 1,
        correlationId: request.id,
        causationId: request.id,
        payload: { orderId: id, customerId, lines: body.lines },
      };
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(INSERT_ORDER, [
          id,
          customerId,
          JSON.stringify(lines),
          JSON.stringify(body.shippingAddress),
          JSON.stringify(body.paymentMethod),
          body.promotionCode ?? null,
          JSON.stringify(totals),
          JSON.stringify(timeline),
          now,
        ]);
        await client.query(INSERT_OUTBOX, [
          eventId,
          envelope.name,
          id,
          now,
          JSON.stringify(envelope),
        ]);
        await client.query('commit');
        pipeline.wake('reserve');
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
      return reply
        .code(201)
        .header('location', `/orders/${id}`)
        .send({
          id,
          customerId,
          status: 'PENDING',
          rejectionReason: null,
          lines,
          totals,
          shippingAddress: body.shippingAddress,
          paymentMethod:
            body.paymentMethod.type === 'card'
              ? { type: 'card' }
              : { type: 'paypal', payerEmail: body.paymentMethod.payerEmail },
          promotionCode: body.promotionCode ?? null,
          timeline,
          placedAt: at,
          updatedAt: at,
        });
    },
  );

  app.get<{ Params: { id: string } }>('/orders/:id', async (request, reply) => {
    const customerId = customerOf(request.headers['x-customer-id']);
    if (!customerId) return reply.code(401).send({ error: 'x-customer-id required' });
    if (!UUID.test(request.params.id)) return reply.code(400).send({ error: 'id is not a uuid' });
    const result = await pool.query<OrderRow>(`select * from ${RAW_SCHEMA}.orders where id = $1`, [
      request.params.id,
    ]);
    const row = result.rows[0];
    if (!row || row.customer_id !== customerId) return reply.code(404).send({ error: 'not found' });
    return view(row);
  });

  await app.listen({ port: Number(process.env.RAW_PORT ?? 3001), host: '127.0.0.1' });

  const stop = () => {
    void app
      .close()
      .then(() => pipeline.stop())
      .then(() => pool.end())
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Started by the bench with an IPC channel: if the bench dies, so does this.
  process.on('disconnect', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
