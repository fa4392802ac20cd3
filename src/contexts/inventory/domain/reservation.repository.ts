import type { Reservation } from './reservation.js';
import type { StockItem } from './stock-item.js';

/** Where reservations are kept. The abstract class is the injection token. */
export abstract class ReservationRepository {
  abstract findByOrder(orderId: string): Promise<Reservation | null>;
  abstract findByOrders(orderIds: readonly string[]): Promise<Reservation[]>;
  abstract save(reservation: Reservation): void;
}

/** Stock items locked for the rest of the unit of work, so concurrent reservations queue up. */
export abstract class StockLocks {
  /**
   * Locks the items of these skus (in sku order, which rules out deadlocks) and returns
   * them by sku. Items the unit of work has locked already are not locked again: lock
   * every sku a unit will need first, and later calls cost nothing.
   */
  abstract lock(skus: readonly string[]): Promise<Map<string, StockItem>>;
}
