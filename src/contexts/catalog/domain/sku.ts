import { InvalidProductAttribute } from './product.errors.js';

/** A stock keeping unit: upper-case letters and digits in dash-separated groups, 3 to 40 characters. */
export type Sku = string & { readonly __brand: 'Sku' };

const SKU = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

export const Sku = {
  pattern: SKU,

  /** Accepts any case and surrounding spaces; a sku is always stored and compared in upper case. */
  parse(raw: string): Sku {
    const sku = raw.trim().toUpperCase();
    if (sku.length < 3 || sku.length > 40 || !SKU.test(sku)) {
      throw new InvalidProductAttribute(
        'sku',
        'must be 3-40 letters or digits in groups separated by single dashes',
      );
    }
    return sku as Sku;
  },
};
