import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../../platform/application/page.js';
import type { ProductView } from '../product.view.js';

export class ListProductsQuery extends Query<Page<ProductView>> {
  constructor(
    readonly filter: {
      /** Words searched in name and description (English stemming). */
      readonly search?: string;
      readonly category?: string;
      readonly includeDiscontinued?: boolean;
    },
    readonly limit: number,
    readonly cursor?: string,
  ) {
    super();
  }
}
