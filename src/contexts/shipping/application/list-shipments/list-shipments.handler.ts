import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ShipmentNotFound } from '../../domain/shipment.js';
import { ShippingUnitOfWork } from '../shipping.unit-of-work.js';
import { ListShipmentsQuery, type ShipmentView } from './list-shipments.query.js';

interface Row {
  id: string;
  order_id: string;
  status: string;
  address: Record<string, unknown>;
  cost: ShipmentView['cost'];
  carrier: string | null;
  tracking_number: string | null;
  timeline: ShipmentView['timeline'];
  created_at: Date;
}

@QueryHandler(ListShipmentsQuery)
export class ListShipmentsHandler implements IQueryHandler<ListShipmentsQuery> {
  constructor(private readonly db: ShippingUnitOfWork) {}

  async execute({
    caller,
    orderId,
    shipmentId,
  }: ListShipmentsQuery): Promise<{ items: ShipmentView[] }> {
    const rows = await this.db.read((em) =>
      em.execute<Row[]>(
        `select * from shipments
         where (?::uuid is null or order_id = ?::uuid) and (?::uuid is null or id = ?::uuid)
           and (? or customer_id = ?::uuid)
         order by id desc limit 100`,
        [
          orderId ?? null,
          orderId ?? null,
          shipmentId ?? null,
          shipmentId ?? null,
          caller.role === 'admin',
          caller.id,
        ],
      ),
    );
    if (shipmentId && rows.length === 0) throw new ShipmentNotFound(shipmentId);
    return {
      items: rows.map((row) => ({
        id: row.id,
        orderId: row.order_id,
        status: row.status,
        address: row.address,
        cost: row.cost,
        carrier: row.carrier,
        trackingNumber: row.tracking_number,
        timeline: row.timeline,
        createdAt: new Date(row.created_at).toISOString(),
      })),
    };
  }
}
