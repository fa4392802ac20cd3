import type { EntityManager } from '@mikro-orm/postgresql';
import { runStatement } from '../persistence/statements.js';

/**
 * Runs a claim that must walk its index in order and stop at its LIMIT.
 *
 * A queue's statistics lag behind it: a backlog of thousands of rows that
 * grew since the last ANALYZE still looks like a few rows to the planner,
 * which then prefers reading every pending row and sorting them — measured
 * 42 ms for one inbox claim with 8,600 pending rows (a sort spilled to disk),
 * against 0.4 ms for the index walk, which costs the same for any backlog.
 * Sorting is switched off for this one statement (inside the caller's
 * transaction) and back on before anything else runs in it.
 */
export async function claimInIndexOrder<T extends object>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  await em.execute('set local enable_sort = off');
  const rows = await runStatement<T>(em, sql, params);
  // Not in a `finally`: a failed claim aborts the transaction, which undoes the setting anyway.
  await em.execute('set local enable_sort = on');
  return rows;
}
