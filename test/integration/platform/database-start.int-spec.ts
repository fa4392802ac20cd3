import { pino } from 'pino';
import { awaitDatabase } from '../../../src/platform/persistence/await-database.js';
import { startTestApp } from '../../support/app.js';
import { eventually } from '../../support/context-database.js';
import { http } from '../../support/http.js';
import { TestCluster } from '../../support/postgres-cluster.js';

/**
 * A shop started before its database server (a compose file, a host that
 * boots both): it waits for the server for DATABASE_START_WAIT_MS, saying so,
 * then serves; past the wait it fails naming the server; credentials the
 * server refuses fail at once, since waiting would not mend them.
 */
describe('a shop started before its database', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await TestCluster.start();
    await cluster.sql('create database shop');
    await cluster.halt();
  }, 60_000);

  afterAll(async () => {
    await cluster?.stop();
  }, 30_000);

  it('waits for the server to come up, then serves', async () => {
    const logLines: string[] = [];
    const starting = startTestApp({
      databaseUrl: cluster.url('shop'),
      contexts: 'customers',
      logLines,
    });
    await eventually(
      () => Promise.resolve(logLines.some((line) => line.includes('not reachable yet'))),
      'a log line saying the shop waits for its database',
    );
    await cluster.start();
    const shop = await starting;
    try {
      const registered = await http(shop.app).post('/api/customers', {
        email: 'early-riser@example.com',
        name: 'Early Riser',
        password: 'a-long-enough-password',
      });
      expect(registered.status).toBe(201);
      const waited = logLines.find((line) => line.includes('not reachable yet'))!;
      // The log names the server, never the credentials.
      expect(waited).toContain(`127.0.0.1:${cluster.port}/shop`);
      expect(waited).not.toContain('postgres:');
    } finally {
      await shop.close();
    }
  }, 60_000);

  it('gives up after DATABASE_START_WAIT_MS, naming the server and the setting', async () => {
    await cluster.halt();
    try {
      await expect(
        startTestApp({
          databaseUrl: cluster.url('shop'),
          contexts: 'customers',
          env: { DATABASE_START_WAIT_MS: '800' },
        }),
      ).rejects.toThrow(
        `the database server 127.0.0.1:${cluster.port}/shop is not reachable after waiting 800 ms (DATABASE_START_WAIT_MS)`,
      );
    } finally {
      await cluster.start();
    }
  }, 30_000);

  it('does not wait when the server refuses the credentials', async () => {
    const warnings: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    await expect(
      awaitDatabase(cluster.url('shop', 'postgres', 'not-the-password'), 30_000, log),
    ).rejects.toThrow('password authentication failed');
    expect(warnings).toEqual([]);
  }, 30_000);

  it('does not wait for a database that does not exist', async () => {
    const warnings: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    await expect(awaitDatabase(cluster.url('no_such_database'), 30_000, log)).rejects.toThrow(
      'database "no_such_database" does not exist',
    );
    expect(warnings).toEqual([]);
  }, 30_000);
});
