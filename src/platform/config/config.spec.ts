import { ConfigError, loadConfig, parseContextDatabaseUrl } from './config.js';

describe('loadConfig', () => {
  it('has a default for every setting that needs one', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.CONTEXTS).toBe('all');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATABASE_PROVISION).toBe(true);
    expect(config.EMBEDDED_DB_PORT).toBe(15432);
    expect(config.CURRENCY).toBe('USD');
  });

  it('reads and converts values', () => {
    const config = loadConfig({
      PORT: '8080',
      CONTEXTS: 'catalog, ordering',
      DATABASE_URL: 'postgres://admin:pw@db.internal:5432/shop',
      DATABASE_PROVISION: 'false',
      AUTH_JWT_SECRET: 'a-secret-of-at-least-32-characters!',
      CATALOG_DATABASE_URL: 'postgres://cat:pw@other:5432/catalog',
    });
    expect(config.PORT).toBe(8080);
    expect(config.CONTEXTS).toEqual(['catalog', 'ordering']);
    expect(config.DATABASE_PROVISION).toBe(false);
    expect(config.contextDatabaseUrls).toEqual({ catalog: 'postgres://cat:pw@other:5432/catalog' });
    expect(loadConfig({}).NATS_URL).toBeUndefined();
    expect(loadConfig({ NATS_URL: 'nats://a:4222, nats://b:4222' }).NATS_URL).toBe(
      'nats://a:4222, nats://b:4222',
    );
  });

  it.each([
    ['PORT', 'eighty', /PORT must be a port number 1-65535 \(got "eighty"\)/],
    ['PORT', '70000', /PORT must be a port number/],
    [
      'DATABASE_URL',
      'mysql://x/y',
      /DATABASE_URL must be a postgres:\/\/ URL with a database name/,
    ],
    ['DATABASE_URL', 'postgres://host', /DATABASE_URL must be a postgres:\/\/ URL/],
    ['DATABASE_PROVISION', 'maybe', /DATABASE_PROVISION must be true or false/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of fatal, error/],
    ['CURRENCY', 'usd', /CURRENCY must be a three-letter ISO 4217 code/],
    ['DATABASE_ROLE_SECRET', 'short', /DATABASE_ROLE_SECRET must be at least 16 characters/],
    ['NATS_URL', 'http://broker:4222', /NATS_URL must be nats:\/\/ URLs, comma-separated/],
    ['NATS_URL', 'nats://a:4222,not a url', /NATS_URL must be nats:\/\/ URLs/],
  ])(
    'stops on a bad %s with one line naming it and what is expected',
    (variable, value, message) => {
      const load = () => loadConfig({ [variable]: value });
      expect(load).toThrow(ConfigError);
      expect(load).toThrow(message);
      try {
        load();
      } catch (error) {
        expect((error as ConfigError).variable).toBe(variable);
        expect((error as Error).message).not.toContain('\n');
      }
    },
  );

  it('requires a token key with a real database, and both administrator settings or neither', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://a@b/c' })).toThrow(
      'Invalid configuration: AUTH_JWT_SECRET must be at least 32 characters when DATABASE_URL is set (it is not set)',
    );
    expect(() => loadConfig({ ADMIN_EMAIL: 'boss@example.com' })).toThrow(
      /ADMIN_PASSWORD must be set together/,
    );
    expect(() => loadConfig({ ADMIN_PASSWORD: 'long-enough-password' })).toThrow(
      /ADMIN_EMAIL must be set together/,
    );
    expect(() =>
      loadConfig({ ADMIN_EMAIL: 'boss', ADMIN_PASSWORD: 'long-enough-password' }),
    ).toThrow(/ADMIN_EMAIL must be an e-mail address/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'boss@example.com', ADMIN_PASSWORD: 'short' })).toThrow(
      /ADMIN_PASSWORD must be at least 12 characters/,
    );
    expect(
      loadConfig({ ADMIN_EMAIL: ' Boss@Example.com', ADMIN_PASSWORD: 'long-enough-password' })
        .ADMIN_EMAIL,
    ).toBe('boss@example.com');
  });

  it.each(['us', 'USA', 'U1'])('refuses SHOP_COUNTRY %s', (country) => {
    expect(() => loadConfig({ SHOP_COUNTRY: country })).toThrow(/SHOP_COUNTRY must be/);
  });

  it('validates a context’s own database URL when that context is used', () => {
    expect(() => parseContextDatabaseUrl('catalog', 'nonsense')).toThrow(
      /CATALOG_DATABASE_URL must be a postgres:\/\/ URL/,
    );
  });
});
