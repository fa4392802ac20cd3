import { createHmac } from 'node:crypto';
import { InvalidToken, TokenService } from './tokens.js';

const settings = {
  secret: 'unit-test-secret-0123456789-0123456789',
  issuer: 'emporium',
  audience: 'emporium-api',
  ttlSeconds: 600,
};
const tokens = new TokenService(settings);
const now = new Date('2026-03-01T09:00:00Z');
const C1 = '019ca8a0-3e80-7341-8d1e-df2d14030301';
const C2 = '019ca8a0-3e80-7341-8d1e-df2d14030302';
const C3 = '019ca8a0-3e80-7341-8d1e-df2d14030303';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Builds a token by hand, to forge the defects a real attacker would try. */
function forge(header: object, claims: object, secret: string | null = settings.secret): string {
  const unsigned = `${b64(header)}.${b64(claims)}`;
  const signature =
    secret === null ? '' : createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}
const iat = Math.floor(now.getTime() / 1000);
const goodClaims = {
  sub: C1,
  role: 'customer',
  iss: 'emporium',
  aud: 'emporium-api',
  iat,
  exp: iat + 600,
};

describe('TokenService', () => {
  it('issues a token that verifies back to its principal', async () => {
    const issued = await tokens.issue({ id: C1, role: 'admin' }, now);
    expect(issued).toMatchObject({ tokenType: 'Bearer', expiresIn: 600 });
    expect((await tokens.verify(issued.accessToken, now)).principal).toEqual({
      id: C1,
      role: 'admin',
    });
  });

  it('accepts a hand-built token with the right key and claims (the forging helper is sound)', async () => {
    expect(
      (await tokens.verify(forge({ alg: 'HS256', typ: 'JWT' }, goodClaims), now)).principal,
    ).toEqual({
      id: C1,
      role: 'customer',
    });
  });

  it.each([
    [
      'a bad signature',
      forge({ alg: 'HS256' }, goodClaims, 'another-secret-0123456789-0123456789'),
    ],
    ['alg: none', forge({ alg: 'none' }, goodClaims, null)],
    ['alg: none with a signature', forge({ alg: 'none' }, goodClaims)],
    ['another algorithm', forge({ alg: 'HS512' }, goodClaims)],
    ['a wrong issuer', forge({ alg: 'HS256' }, { ...goodClaims, iss: 'someone-else' })],
    ['a wrong audience', forge({ alg: 'HS256' }, { ...goodClaims, aud: 'another-api' })],
    ['an expiry in the past', forge({ alg: 'HS256' }, { ...goodClaims, exp: iat - 1 })],
    ['no expiry', forge({ alg: 'HS256' }, (({ exp: _exp, ...rest }) => rest)(goodClaims))],
    ['an unknown role', forge({ alg: 'HS256' }, { ...goodClaims, role: 'root' })],
    ['no subject', forge({ alg: 'HS256' }, (({ sub: _sub, ...rest }) => rest)(goodClaims))],
    ['a subject that is not a customer id', forge({ alg: 'HS256' }, { ...goodClaims, sub: 'c-1' })],
    ['a negative token version', forge({ alg: 'HS256' }, { ...goodClaims, ver: -1 })],
    ['a token version that is not a number', forge({ alg: 'HS256' }, { ...goodClaims, ver: '1' })],
    ['garbage', 'not.a.token'],
  ])('refuses %s', async (_defect, token) => {
    await expect(tokens.verify(token, now)).rejects.toThrow(InvalidToken);
  });

  it('refuses its own token once it has expired', async () => {
    const { accessToken } = await tokens.issue({ id: C1, role: 'customer' }, now);
    await expect(tokens.verify(accessToken, new Date(now.getTime() + 601_000))).rejects.toThrow(
      InvalidToken,
    );
  });

  it('remembers a verified token only until it expires', async () => {
    const { accessToken } = await tokens.issue({ id: C2, role: 'customer' }, now);
    expect((await tokens.verify(accessToken, now)).principal).toEqual({ id: C2, role: 'customer' });
    expect((await tokens.verify(accessToken, new Date(now.getTime() + 599_000))).principal).toEqual(
      {
        id: C2,
        role: 'customer',
      },
    );
    await expect(tokens.verify(accessToken, new Date(now.getTime() + 600_000))).rejects.toThrow(
      InvalidToken,
    );
  });

  it('verifies in full a token that differs from a remembered one by one character', async () => {
    const { accessToken } = await tokens.issue({ id: C3, role: 'customer' }, now);
    await tokens.verify(accessToken, now);
    // The signature's first character (its last one may hold only padding bits).
    const at = accessToken.lastIndexOf('.') + 1;
    const tampered =
      accessToken.slice(0, at) + (accessToken[at] === 'A' ? 'B' : 'A') + accessToken.slice(at + 1);
    await expect(tokens.verify(tampered, now)).rejects.toThrow(InvalidToken);
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString());
    const elevated = forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, role: 'admin' }, 'wrong');
    await expect(tokens.verify(elevated, now)).rejects.toThrow(InvalidToken);
  });

  it('carries the token version it was issued under (0 when the claim is absent)', async () => {
    const { accessToken } = await tokens.issue({ id: C1, role: 'customer' }, now, 3);
    expect((await tokens.verify(accessToken, now)).version).toBe(3);
    expect((await tokens.verify(forge({ alg: 'HS256' }, goodClaims), now)).version).toBe(0);
  });
});
