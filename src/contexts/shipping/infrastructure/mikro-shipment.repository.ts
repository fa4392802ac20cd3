import { Injectable } from '@nestjs/common';
import { Shipment, ShipmentRepository } from '../domain/shipment.js';
import { ShippingDatabase } from './shipping.database.js';

@Injectable()
export class MikroShipmentRepository extends ShipmentRepository {
  constructor(private readonly db: ShippingDatabase) {
    super();
  }

  findById(id: string): Promise<Shipment | null> {
    return this.db.em.findOne(Shipment, { id });
  }

  findByOrder(orderId: string): Promise<Shipment | null> {
    return this.db.em.findOne(Shipment, { orderId });
  }

  save(shipment: Shipment): void {
    this.db.track(shipment);
  }
}
