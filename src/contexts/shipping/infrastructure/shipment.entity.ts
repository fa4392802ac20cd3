import { defineEntity, p } from '@mikro-orm/core';
import { Money, type MoneyJson } from '../../../platform/domain/index.js';
import { persistable } from '../../../platform/persistence/persistable.js';
import { revivedJson } from '../../../platform/persistence/revived-json.type.js';
import { Shipment } from '../domain/shipment.js';

export const ShipmentEntity = defineEntity({
  class: persistable(Shipment),
  tableName: 'shipments',
  properties: {
    id: p.uuid().primary(),
    orderId: p.uuid().unique().fieldName('order_id'),
    customerId: p.uuid().fieldName('customer_id'),
    address: p.json(),
    // Stored as JSON ({ amount, currency }) like the event that brought it.
    cost: p.json<Money>().type(revivedJson((cost: MoneyJson) => Money.from(cost))),
    createdAt: p.datetime().fieldName('created_at'),
    _status: p.string().fieldName('status'),
    _carrier: p.string().nullable().fieldName('carrier'),
    _trackingNumber: p.string().nullable().fieldName('tracking_number'),
    _timeline: p.json().fieldName('timeline'),
    version: p.integer().version(),
  },
});
