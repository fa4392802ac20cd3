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

/**
 * Signed bearer tokens (JWT, HS256) with issuer, audience and expiry. Only
 * HS256 is accepted on the way in: `alg: none` and any other algorithm fail.
 */
export class TokenService {
  private readonly key: Uint8Array;

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
      return { id: payload.sub, role };
    } catch (error) {
      if (error instanceof InvalidToken) throw error;
      if (error instanceof errors.JOSEError) throw new InvalidToken(error.code);
      throw new InvalidToken('malformed');
    }
  }
}
