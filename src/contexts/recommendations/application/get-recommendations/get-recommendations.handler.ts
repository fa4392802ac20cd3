import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RecommendationsUnitOfWork } from '../recommendations.unit-of-work.js';
import { GetRecommendationsQuery, type Recommendation } from './get-recommendations.query.js';
import { Sku } from '../../../../platform/domain/index.js';

const RECOMMENDATION_LIMIT = 5;

@QueryHandler(GetRecommendationsQuery)
export class GetRecommendationsHandler implements IQueryHandler<GetRecommendationsQuery> {
  constructor(private readonly db: RecommendationsUnitOfWork) {}

  async execute({ sku }: GetRecommendationsQuery): Promise<Recommendation[]> {
    const rows = await this.db.read((em) =>
      em.execute<{ other_sku: string; orders: number }[]>(
        `select other_sku, orders from co_purchases where sku = ? order by orders desc, other_sku limit ?`,
        [Sku.normalize(sku), RECOMMENDATION_LIMIT],
      ),
    );
    return rows.map((row) => ({ sku: row.other_sku, orders: row.orders }));
  }
}
