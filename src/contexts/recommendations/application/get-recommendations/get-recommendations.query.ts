import { Query } from '@nestjs/cqrs';

export interface Recommendation {
  readonly sku: string;
  readonly orders: number;
}

/** Up to five skus most often bought with `sku`, most first, ties by sku. Unknown or never bought: none. */
export class GetRecommendationsQuery extends Query<Recommendation[]> {
  constructor(readonly sku: string) {
    super();
  }
}
