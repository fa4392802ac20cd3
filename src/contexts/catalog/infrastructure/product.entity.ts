import { defineEntity, p } from '@mikro-orm/core';
import { MoneyEmbeddable } from '../../../platform/persistence/money.embeddable.js';
import { persistable } from '../../../platform/persistence/persistable.js';
import { Product } from '../domain/product.js';

export const ProductEntity = defineEntity({
  class: persistable(Product),
  tableName: 'products',
  properties: {
    id: p.uuid().primary(),
    sku: p.string().unique(),
    name: p.string(),
    description: p.text(),
    category: p.string(),
    weightGrams: p.integer().fieldName('weight_grams'),
    createdAt: p.datetime().fieldName('created_at'),
    _price: p.embedded(MoneyEmbeddable).prefix('price_'),
    _active: p.boolean().fieldName('active'),
    _updatedAt: p.datetime().fieldName('updated_at'),
    version: p.integer().version(),
  },
});
