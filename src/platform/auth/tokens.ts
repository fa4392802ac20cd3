import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Principal, Role } from './principal.js';

export interface TokenSettings {
  readonly secret: string;
  readonly issuer: string;
  readonly audience: string;
  readonly ttlSeconds: number;
}

export interface IssuedToken {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
}

/** Why a token was refused; never shown in detail to the caller. */
export class InvalidToken extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidToken';
  }
}

const ROLES: readonly Role[] = ['customer', 'admin'];

/** Verified tokens remembered at most; the oldest is forgotten first. */
const REMEMBERED = 10_000;

/**
 * Signed bearer tokens (JWT, HS256) with issuer, audience and expiry. Only
 * HS256 is accepted on the way in: `alg: none` and any other algorithm fail.
 *
 * A client sends the same token with every request for up to an hour, and
 * checking its signature is a large share of a cheap request's CPU. So the
 * exact token strings that verified are remembered with their principal and
 * expiry: a remembered token is accepted without a signature check until it
 * expires; any other string (one byte changed) is verified in full.
 */
export class TokenService {
  private readonly key: Uint8Array;
  private readonly verified = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(private readonly settings: TokenSettings) {
    this.key = new TextEncoder().encode(settings.secret);
  }

  static randomSecret(): string {
    return randomBytes(48).toString('base64url');
  }

  async issue(principal: Principal, now = new Date()): Promise<IssuedToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const accessToken = await new SignJWT({ role: principal.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(principal.id)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.settings.ttlSeconds)
      .sign(this.key);
    return { accessToken, tokenType: 'Bearer', expiresIn: this.settings.ttlSeconds };
  }

  async verify(token: string, now = new Date()): Promise<Principal> {
    const known = this.verified.get(token);
    if (known && now.getTime() < known.expiresAt) return known.principal;
    if (known) this.verified.delete(token);
    const { principal, expiresAt } = await this.check(token, now);
    if (this.verified.size >= REMEMBERED) {
      this.verified.delete(this.verified.keys().next().value!);
    }
    this.verified.set(token, { principal, expiresAt });
    return principal;
  }

  private async check(
    token: string,
    now: Date,
  ): Promise<{ principal: Principal; expiresAt: number }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        currentDate: now,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const role = payload.role as Role;
      if (!payload.sub || !ROLES.includes(role)) throw new InvalidToken('missing subject or role');
      // jose has checked that `exp` is present and in the future.
      return { principal: { id: payload.sub, role }, expiresAt: payload.exp! * 1000 };
    } catch (error) {
      if (error instanceof InvalidToken) throw error;
      if (error instanceof errors.JOSEError) throw new InvalidToken(error.code);
      throw new InvalidToken('malformed');
    }
  }
}
