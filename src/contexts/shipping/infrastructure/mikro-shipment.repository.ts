import { Injectable } from '@nestjs/common';
import { Shipment, ShipmentRepository } from '../domain/shipment.js';
import { LookupByKey } from '../../../platform/persistence/lookup-by-key.js';
import { ShippingDatabase } from './shipping.database.js';

@Injectable()
export class MikroShipmentRepository extends ShipmentRepository {
  private readonly byOrder: LookupByKey<Shipment>;

  constructor(private readonly db: ShippingDatabase) {
    super();
    this.byOrder = new LookupByKey(db, Shipment, 'orderId');
  }

  findById(id: string): Promise<Shipment | null> {
    return this.db.em.findOne(Shipment, { id });
  }

  findByOrder(orderId: string): Promise<Shipment | null> {
    return this.byOrder.one(orderId);
  }

  findByOrders(orderIds: readonly string[]): Promise<Shipment[]> {
    return this.byOrder.many(orderIds);
  }

  save(shipment: Shipment): void {
    this.db.track(shipment);
    this.byOrder.saved(shipment);
  }
}
