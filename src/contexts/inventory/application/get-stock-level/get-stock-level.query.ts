import { Query } from '@nestjs/cqrs';

export interface StockLevelView {
  readonly sku: string;
  readonly onHand: number;
  readonly reserved: number;
  readonly available: number;
}

export class GetStockLevelQuery extends Query<StockLevelView> {
  constructor(readonly sku: string) {
    super();
  }
}
