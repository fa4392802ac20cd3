import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContextDatabase } from '../../persistence/context-database.js';
import { runStatement } from '../../persistence/statements.js';
import { IdempotencyKeyReused, IdempotentRequestInProgress } from './idempotency.errors.js';

/** One request's identity: who sent it to which route (scope), its key, and what it asked. */
export interface KeyedRequest {
  readonly scope: string;
  readonly key: string;
  readonly fingerprint: string;
}

/** The first answer to a key, kept for its retries. */
export interface StoredAnswer {
  readonly answer: unknown;
  readonly location: string | null;
}

/** How long a retry waits for the first request with its key before it is told to come back. */
// Shorter than DATABASE_STATEMENT_TIMEOUT_MS (5 s by default), which would otherwise end the wait as an outage.
const WAIT_FOR_FIRST = { lockTimeout: '3s', retryAfterSeconds: 1 };

/** PostgreSQL's lock_not_available: the wait above ran out. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Claims the key in the transaction of `em`, the one that will also hold the
 * request's effect. Returns null when this request is the first (or the key
 * had expired): it must run and `storeAnswer`. Returns the stored answer when
 * the key was used before for the same request. A concurrent request with the
 * same key waits on the key's primary key until that transaction ends: if it
 * committed, its answer is returned; if it rolled back, this one runs.
 * @throws IdempotencyKeyReused when the key was used for another request
 * @throws IdempotentRequestInProgress when the first request runs for too long
 */
export async function claimKey(
  em: EntityManager,
  request: KeyedRequest,
  now: Date,
  expiresAt: Date,
): Promise<StoredAnswer | null> {
  await runStatement(em, `set local lock_timeout = '${WAIT_FOR_FIRST.lockTimeout}'`);
  let claimed: unknown[];
  try {
    claimed = await runStatement(
      em,
      `insert into idempotency_keys (scope, key, fingerprint, created_at, expires_at)
       values ($1, $2, $3, $4, $5)
       on conflict (scope, key) do update
         set fingerprint = excluded.fingerprint, answer = null, location = null,
             created_at = excluded.created_at, expires_at = excluded.expires_at
         where idempotency_keys.expires_at <= excluded.created_at
       returning 1 as claimed`,
      [request.scope, request.key, request.fingerprint, now, expiresAt],
    );
  } catch (error) {
    if (sqlState(error) === LOCK_NOT_AVAILABLE)
      throw new IdempotentRequestInProgress(WAIT_FOR_FIRST.retryAfterSeconds);
    throw error;
  }
  await runStatement(em, 'set local lock_timeout to default');
  if (claimed.length > 0) return null;
  const [stored] = await runStatement<{
    fingerprint: string;
    answer: unknown;
    location: string | null;
  }>(
    em,
    'select fingerprint, answer, location from idempotency_keys where scope = $1 and key = $2',
    [request.scope, request.key],
  );
  // Gone between the two statements (purged the moment it expired): as good as in progress.
  if (!stored) throw new IdempotentRequestInProgress(WAIT_FOR_FIRST.retryAfterSeconds);
  if (stored.fingerprint !== request.fingerprint) throw new IdempotencyKeyReused();
  return { answer: stored.answer, location: stored.location };
}

/** Keeps the answer of the request that claimed the key, in the same transaction as its effect. */
export async function storeAnswer(
  em: EntityManager,
  request: KeyedRequest,
  answer: StoredAnswer,
): Promise<void> {
  await runStatement(
    em,
    'update idempotency_keys set answer = $3::json, location = $4 where scope = $1 and key = $2',
    [request.scope, request.key, JSON.stringify(answer.answer) ?? null, answer.location],
  );
}

/** Forgets the keys of `db` that expired before `now`; answers how many. */
export async function purgeExpiredKeys(db: ContextDatabase, now: Date): Promise<number> {
  const [row] = await db.query<{ purged: number }>(
    `with purged as (delete from idempotency_keys where expires_at <= $1 returning 1)
     select count(*)::int as purged from purged`,
    [now],
  );
  return row!.purged;
}

function sqlState(error: unknown): string | undefined {
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
  return typeof code === 'string' ? code : typeof cause?.code === 'string' ? cause.code : undefined;
}
