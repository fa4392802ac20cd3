import { ApiProperty } from '@nestjs/swagger';
import type { Recommendation } from '../../application/get-recommendations/get-recommendations.query.js';

class RecommendationResponse implements Recommendation {
  @ApiProperty({ example: 'TEA-001' }) sku!: string;
  @ApiProperty({ type: 'integer', example: 3, description: 'Paid orders with both skus.' })
  orders!: number;
}

export class RecommendationsResponse {
  @ApiProperty({ example: 'MUG-001' }) sku!: string;
  @ApiProperty({ type: [RecommendationResponse], maxItems: 5 }) items!: RecommendationResponse[];
}
