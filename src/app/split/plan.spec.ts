import { SPLIT_LAYOUTS } from './layouts.js';
import { planSplit, type SplitOptions } from './plan.js';

const embedded = (port: number) => ({ embedded: { dir: `.split/pg-${port}`, port } });
const options = (count: number, extra: Partial<SplitOptions> = {}): SplitOptions => ({
  ports: [3000, 3001, 3002].slice(0, count),
  databases: [15501, 15502, 15503].slice(0, count).map(embedded),
  natsUrl: 'nats://127.0.0.1:4222',
  jwtSecret: 'a-deployment-key-0123456789-0123456789',
  admin: { email: 'admin@example.com', password: 'change-me-please' },
  ...extra,
});

describe('planSplit', () => {
  it('plans three processes: what each hosts, where the others answer, one broker, one key', () => {
    const plan = planSplit(SPLIT_LAYOUTS.three, options(3, { env: { MESSAGING_POLL_MS: '50' } }));
    expect(plan.processes.map(({ name, url }) => ({ name, url }))).toEqual([
      { name: 'catalog+customers', url: 'http://127.0.0.1:3000' },
      { name: 'ordering+inventory', url: 'http://127.0.0.1:3001' },
      { name: 'payments+shipping+recommendations', url: 'http://127.0.0.1:3002' },
    ]);
    const [front, ordering, payments] = plan.processes;
    expect(front!.env).toEqual({
      MESSAGING_POLL_MS: '50',
      CONTEXTS: 'catalog,customers',
      PORT: '3000',
      AUTH_JWT_SECRET: 'a-deployment-key-0123456789-0123456789',
      EMBEDDED_DB_DIR: '.split/pg-15501',
      EMBEDDED_DB_PORT: '15501',
      ORDERING_URL: 'http://127.0.0.1:3001',
      INVENTORY_URL: 'http://127.0.0.1:3001',
      PAYMENTS_URL: 'http://127.0.0.1:3002',
      SHIPPING_URL: 'http://127.0.0.1:3002',
      RECOMMENDATIONS_URL: 'http://127.0.0.1:3002',
      NATS_URL: 'nats://127.0.0.1:4222',
      ADMIN_EMAIL: 'admin@example.com',
      ADMIN_PASSWORD: 'change-me-please',
    });
    expect(ordering!.env).toMatchObject({
      CONTEXTS: 'ordering,inventory',
      HOST: '127.0.0.1',
      CATALOG_URL: 'http://127.0.0.1:3000',
      SHIPPING_URL: 'http://127.0.0.1:3002',
      EMBEDDED_DB_PORT: '15502',
    });
    // A context's own URL is never set where it is hosted; the administrator only where customers is.
    expect(Object.keys(ordering!.env)).not.toContain('ORDERING_URL');
    expect(Object.keys(ordering!.env)).not.toContain('ADMIN_EMAIL');
    expect(payments!.env.CONTEXTS).toBe('payments,shipping,recommendations');
  });

  it('plans one process with no broker and no remote context', () => {
    const [all] = planSplit(SPLIT_LAYOUTS.one, options(1, { natsUrl: undefined })).processes;
    expect(all!.name).toBe('all');
    expect(Object.keys(all!.env).filter((name) => name.endsWith('_URL'))).toEqual([]);
    expect(all!.env.CONTEXTS).toBe(
      'catalog,customers,inventory,ordering,payments,recommendations,shipping',
    );
  });

  it('gives a process a database server, or its contexts their own databases', () => {
    const server = {
      url: 'postgres://admin:pw@db:5432/shop',
      roleSecret: 'role-secret-0123456789',
    };
    const plan = planSplit(
      SPLIT_LAYOUTS['shipping-apart'],
      options(2, {
        databases: [
          { server },
          {
            server,
            contexts: {
              shipping: 'postgres://shipping:pw@db2:5432/shipping',
              catalog: 'postgres://catalog:pw@db:5432/shop',
            },
          },
        ],
      }),
    );
    const [front, shipping] = plan.processes;
    expect(front!.env).toMatchObject({
      DATABASE_URL: server.url,
      DATABASE_ROLE_SECRET: server.roleSecret,
      SHIPPING_URL: 'http://127.0.0.1:3001',
    });
    expect(shipping!.env).toMatchObject({
      SHIPPING_DATABASE_URL: 'postgres://shipping:pw@db2:5432/shipping',
      CATALOG_URL: 'http://127.0.0.1:3000',
    });
    // Only hosted contexts' URLs are passed on.
    expect(shipping!.env).not.toHaveProperty('CATALOG_DATABASE_URL');
  });

  it('refuses a layout that leaves out a context or hosts one twice, and a split without a broker', () => {
    expect(() => planSplit([['catalog'], ['catalog', 'cart']], options(2))).toThrow(
      'Invalid split layout: unknown contexts cart; hosted twice: catalog; hosted nowhere: customers, inventory, ordering, payments, recommendations, shipping',
    );
    expect(() => planSplit(SPLIT_LAYOUTS.three, options(3, { natsUrl: undefined }))).toThrow(
      'Invalid split: processes exchange events over NATS; give it natsUrl',
    );
    expect(() => planSplit(SPLIT_LAYOUTS.three, options(2))).toThrow(
      'Invalid split: 3 processes need as many ports and databases (got 2 and 2)',
    );
    expect(() =>
      planSplit(SPLIT_LAYOUTS['shipping-apart'], options(2, { databases: [{}, {}] })),
    ).toThrow(
      'Invalid split: process catalog+customers+inventory+ordering+payments+recommendations has no database',
    );
  });
});
