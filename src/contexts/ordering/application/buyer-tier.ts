import type { OrderingUnitOfWork } from './ordering.unit-of-work.js';

/*
 * Ordering's view of its buyers: each customer's tier and saved addresses,
 * kept from the customers context's events. Upserts, so replays are harmless.
 */

/** Records a buyer's tier as of `at`. */
export const upsertBuyerTier = (
  db: OrderingUnitOfWork,
  customerId: string,
  tier: string,
  at: string,
) =>
  db.unitOfWork(async () => {
    await db.em.execute(
      `insert into buyers (customer_id, tier, updated_at) values (?, ?, ?)
       on conflict (customer_id) do update set tier = excluded.tier, updated_at = excluded.updated_at`,
      [customerId, tier, at],
    );
  });
