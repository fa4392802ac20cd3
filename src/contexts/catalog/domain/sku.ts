import { Sku as SharedSku } from '../../../platform/domain/index.js';
import { InvalidProductAttribute } from './product.errors.js';

/** A sku as catalog issues it (the rule is shared: platform/domain/sku.ts). */
export type Sku = SharedSku;

export const Sku = {
  /** Accepts any case and surrounding spaces; a sku is always stored and compared in upper case. */
  parse(raw: string): SharedSku {
    const sku = SharedSku.tryParse(raw);
    if (!sku) throw new InvalidProductAttribute('sku', SharedSku.rule);
    return sku;
  },
};
