import { defineEntity, p } from '@mikro-orm/core';
import { Money } from '../domain/money.js';
import { persistable } from './persistable.js';

/**
 * Maps `Money` as two columns, `<prefix>amount` (bigint, minor units) and
 * `<prefix>currency`. Embed it with `p.embedded(MoneyEmbeddable).prefix('price_')`.
 */
export const MoneyEmbeddable = defineEntity({
  class: persistable(Money),
  embeddable: true,
  properties: {
    amount: p.bigint('number'),
    currency: p.string().length(3).columnType('char(3)'),
  },
});
