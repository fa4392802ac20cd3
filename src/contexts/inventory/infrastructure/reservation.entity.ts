import { defineEntity, p } from '@mikro-orm/core';
import { persistable } from '../../../platform/persistence/persistable.js';
import { Reservation } from '../domain/reservation.js';

export const ReservationEntity = defineEntity({
  class: persistable(Reservation),
  tableName: 'reservations',
  properties: {
    orderId: p.uuid().primary().fieldName('order_id'),
    lines: p.json(),
    createdAt: p.datetime().fieldName('created_at'),
    _status: p.string().fieldName('status'),
    _lackingSkus: p.json().fieldName('lacking_skus'),
    _updatedAt: p.datetime().fieldName('updated_at'),
    version: p.integer().version(),
  },
});
