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

/** A token that verified: who is calling, and the token version it was issued under. */
export interface VerifiedToken {
  readonly principal: Principal;
  /**
   * The subject's token version when it was issued (claim `ver`, 0 when absent).
   * Raising the version revokes every older token of the subject (ADR 0017).
   */
  readonly version: number;
}

/** Why a token was refused; never shown in detail to the caller. */
export class InvalidToken extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidToken';
  }
}

const ROLES: readonly Role[] = ['customer', 'admin'];
// Subjects are customer ids: anything else is refused before it reaches a query.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  private readonly verified = new Map<string, VerifiedToken & { expiresAt: number }>();

  constructor(private readonly settings: TokenSettings) {
    this.key = new TextEncoder().encode(settings.secret);
  }

  static randomSecret(): string {
    return randomBytes(48).toString('base64url');
  }

  async issue(principal: Principal, now = new Date(), version = 0): Promise<IssuedToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const accessToken = await new SignJWT({ role: principal.role, ver: version })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(principal.id)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.settings.ttlSeconds)
      .sign(this.key);
    return { accessToken, tokenType: 'Bearer', expiresIn: this.settings.ttlSeconds };
  }

  async verify(token: string, now = new Date()): Promise<VerifiedToken> {
    const known = this.verified.get(token);
    if (known && now.getTime() < known.expiresAt) return known;
    if (known) this.verified.delete(token);
    const checked = await this.check(token, now);
    if (this.verified.size >= REMEMBERED) {
      this.verified.delete(this.verified.keys().next().value!);
    }
    this.verified.set(token, checked);
    return checked;
  }

  private async check(token: string, now: Date): Promise<VerifiedToken & { expiresAt: number }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        currentDate: now,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const role = payload.role as Role;
      if (!payload.sub || !UUID.test(payload.sub) || !ROLES.includes(role)) {
        throw new InvalidToken('missing or malformed subject or role');
      }
      const version = payload.ver ?? 0;
      if (!Number.isSafeInteger(version) || (version as number) < 0) {
        throw new InvalidToken('malformed version');
      }
      // jose has checked that `exp` is present and in the future.
      return {
        principal: { id: payload.sub, role },
        version: version as number,
        expiresAt: payload.exp! * 1000,
      };
    } catch (error) {
      if (error instanceof InvalidToken) throw error;
      if (error instanceof errors.JOSEError) throw new InvalidToken(error.code);
      throw new InvalidToken('malformed');
    }
  }
}
