import { Shipment, type ShipmentOrder } from '../../src/contexts/shipping/domain/shipment.js';
import { Money } from '../../src/platform/domain/money.js';
import { anAddress } from './address.builder.js';

/**
 * A shipment created for a paid order (cost 4.99 to a US address by default),
 * optionally taken further along PENDING → DISPATCHED → DELIVERED.
 */
export class ShipmentBuilder {
  private order: ShipmentOrder = {
    orderId: '0195a1b2-0000-7000-8000-0000000000aa',
    customerId: '0195a1b2-0000-7000-8000-00000000c0de',
    address: anAddress(),
    cost: Money.of(499, 'USD'),
  };
  private steps: ((shipment: Shipment, now: Date) => void)[] = [];

  forOrder(orderId: string): this {
    this.order = { ...this.order, orderId };
    return this;
  }
  costing(cents: number, currency = 'USD'): this {
    this.order = { ...this.order, cost: Money.of(cents, currency) };
    return this;
  }
  dispatchedWith(carrier = 'UPS'): this {
    this.steps.push((shipment, now) => shipment.dispatch(carrier, now));
    return this;
  }
  delivered(): this {
    if (this.steps.length === 0) this.dispatchedWith();
    this.steps.push((shipment, now) => shipment.deliver(now));
    return this;
  }

  /** The shipment with the events of the steps taken already pulled: a test sees only its own. */
  build(now = new Date('2026-03-01T09:00:00Z')): Shipment {
    const shipment = Shipment.create(this.order, now);
    if (this.steps.length === 0) return shipment;
    for (const step of this.steps) step(shipment, now);
    shipment.pullEvents();
    return shipment;
  }
}

export const aShipment = () => new ShipmentBuilder();
