import { defineEntity, p } from '@mikro-orm/core';
import { MoneyEmbeddable } from '../../../platform/persistence/money.embeddable.js';
import { persistable } from '../../../platform/persistence/persistable.js';
import { Payment } from '../domain/payment.js';

export const PaymentEntity = defineEntity({
  class: persistable(Payment),
  tableName: 'payments',
  properties: {
    id: p.uuid().primary(),
    orderId: p.uuid().unique().fieldName('order_id'),
    customerId: p.uuid().fieldName('customer_id'),
    amount: p.embedded(MoneyEmbeddable).prefix('amount_'),
    methodType: p.string().fieldName('method_type'),
    createdAt: p.datetime().fieldName('created_at'),
    _status: p.string().fieldName('status'),
    _providerReference: p.string().nullable().fieldName('provider_reference'),
    _refundReference: p.string().nullable().fieldName('refund_reference'),
    _failureReason: p.string().nullable().fieldName('failure_reason'),
    _history: p.json().fieldName('history'),
    version: p.integer().version(),
  },
});
