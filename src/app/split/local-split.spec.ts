import { loadConfig } from '../../platform/config/config.js';
import { localSplitPlan, splitLayoutSetting } from './local-split.js';

const KEY = 'a-deployment-key-0123456789-0123456789';
const plan = (env: NodeJS.ProcessEnv, layout = splitLayoutSetting(env.SPLIT_LAYOUT)) =>
  localSplitPlan({
    layout,
    config: loadConfig(env),
    env,
    natsUrl: 'nats://127.0.0.1:4222',
    jwtSecret: KEY,
  });

describe('the split npm run start:split plans', () => {
  it('runs three processes from PORT on, each on its own embedded PostgreSQL under .split/', () => {
    const processes = plan({ PORT: '3000' }).processes;
    expect(processes.map((p) => [p.url, p.env.EMBEDDED_DB_DIR, p.env.EMBEDDED_DB_PORT])).toEqual([
      ['http://127.0.0.1:3000', '.split/three/catalog+customers', '15441'],
      ['http://127.0.0.1:3001', '.split/three/ordering+inventory', '15442'],
      ['http://127.0.0.1:3002', '.split/three/payments+shipping+recommendations', '15443'],
    ]);
    expect(processes.every((p) => p.env.AUTH_JWT_SECRET === KEY)).toBe(true);
  });

  it('follows EMBEDDED_DB_DIR and EMBEDDED_DB_PORT, or a server and the contexts’ own URLs', () => {
    const [all] = plan({
      SPLIT_LAYOUT: 'one',
      EMBEDDED_DB_DIR: '/var/shop',
      EMBEDDED_DB_PORT: '16000',
    }).processes;
    expect(all!.env).toMatchObject({
      EMBEDDED_DB_DIR: '/var/shop/one/all',
      EMBEDDED_DB_PORT: '16000',
    });
    const [front, shipping] = plan({
      SPLIT_LAYOUT: 'shipping-apart',
      DATABASE_URL: 'postgres://admin:pw@db:5432/shop',
      DATABASE_ROLE_SECRET: 'role-secret-0123456789',
      AUTH_JWT_SECRET: KEY,
      SHIPPING_DATABASE_URL: 'postgres://shipping:pw@db2:5432/shipping',
      ADMIN_EMAIL: 'Admin@Example.com',
      ADMIN_PASSWORD: 'change-me-please',
    }).processes;
    expect(front!.env).toMatchObject({
      DATABASE_URL: 'postgres://admin:pw@db:5432/shop',
      DATABASE_ROLE_SECRET: 'role-secret-0123456789',
      ADMIN_EMAIL: 'admin@example.com',
    });
    expect(front!.env).not.toHaveProperty('SHIPPING_DATABASE_URL');
    expect(shipping!.env).toMatchObject({
      SHIPPING_DATABASE_URL: 'postgres://shipping:pw@db2:5432/shipping',
    });
    expect(shipping!.env).not.toHaveProperty('EMBEDDED_DB_DIR');
  });

  it('refuses an unknown layout in one line', () => {
    expect(() => splitLayoutSetting('seven')).toThrow(
      'Invalid configuration: SPLIT_LAYOUT must be one of one, shipping-apart, three (got "seven")',
    );
  });
});
