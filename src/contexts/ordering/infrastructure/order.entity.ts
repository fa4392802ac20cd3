import { defineEntity, p } from '@mikro-orm/core';
import { Money, type MoneyAsJson } from '../../../platform/domain/index.js';
import { persistable } from '../../../platform/persistence/persistable.js';
import { revivedJson } from '../../../platform/persistence/revived-json.type.js';
import { Order, type OrderLine, type OrderTotals } from '../domain/order.js';
import { Promotion } from '../domain/promotion.js';

const OrderLinesType = revivedJson((lines: MoneyAsJson<OrderLine>[]): OrderLine[] =>
  lines.map((line) => ({
    ...line,
    unitPrice: Money.from(line.unitPrice),
    lineTotal: Money.from(line.lineTotal),
    volumeDiscount: Money.from(line.volumeDiscount),
  })),
);

const OrderTotalsType = revivedJson((totals: MoneyAsJson<OrderTotals>): OrderTotals => ({
  subtotal: Money.from(totals.subtotal),
  discount: Money.from(totals.discount),
  shipping: Money.from(totals.shipping),
  total: Money.from(totals.total),
}));

export const OrderEntity = defineEntity({
  class: persistable(Order),
  tableName: 'orders',
  properties: {
    id: p.uuid().primary(),
    customerId: p.uuid().fieldName('customer_id'),
    lines: p.json<readonly OrderLine[]>().type(OrderLinesType),
    shippingAddress: p.json().fieldName('shipping_address'),
    paymentMethod: p.json().fieldName('payment_method'),
    promotionCode: p.string().nullable().fieldName('promotion_code'),
    totals: p.json<OrderTotals>().type(OrderTotalsType),
    placedAt: p.datetime().fieldName('placed_at'),
    _status: p.string().fieldName('status'),
    _rejectionReason: p.string().nullable().fieldName('rejection_reason'),
    _timeline: p.json().fieldName('timeline'),
    _updatedAt: p.datetime().fieldName('updated_at'),
    version: p.integer().version(),
  },
});

export const PromotionEntity = defineEntity({
  class: persistable(Promotion),
  tableName: 'promotions',
  properties: {
    code: p.string().primary(),
    percentage: p.integer(),
    validFrom: p.datetime().fieldName('valid_from'),
    validUntil: p.datetime().fieldName('valid_until'),
    createdAt: p.datetime().fieldName('created_at'),
  },
});
