import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Product } from '../domain/product.js';
import { SkuAlreadyTaken } from '../domain/product.errors.js';
import { ProductRepository } from '../domain/product.repository.js';
import type { Sku } from '../domain/sku.js';
import { CatalogDatabase } from './catalog.database.js';

@Injectable()
export class MikroProductRepository extends ProductRepository {
  constructor(private readonly db: CatalogDatabase) {
    super();
  }

  findBySku(sku: Sku): Promise<Product | null> {
    return this.db.em.findOne(Product, { sku });
  }

  async add(product: Product): Promise<void> {
    this.db.track(product);
    try {
      // Flushed now so that a taken sku surfaces as a rule, not as a failed commit.
      await this.db.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new SkuAlreadyTaken(product.sku);
      throw error;
    }
  }

  save(product: Product): void {
    this.db.track(product);
  }
}
