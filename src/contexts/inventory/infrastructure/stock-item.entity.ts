import { defineEntity, p } from '@mikro-orm/core';
import { persistable } from '../../../platform/persistence/persistable.js';
import { StockItem } from '../domain/stock-item.js';

export const StockItemEntity = defineEntity({
  class: persistable(StockItem),
  tableName: 'stock_items',
  properties: {
    id: p.uuid().primary(),
    sku: p.string().unique(),
    createdAt: p.datetime().fieldName('created_at'),
    _onHand: p.integer().fieldName('on_hand'),
    _reserved: p.integer().fieldName('reserved'),
    _updatedAt: p.datetime().fieldName('updated_at'),
  },
});
