/**
 * A stock keeping unit: upper-case letters and digits in dash-separated groups,
 * 3 to 40 characters. Catalog issues skus; every context that names a product
 * (inventory, ordering, recommendations) normalises what callers send the same way.
 */
export type Sku = string & { readonly __brand: 'Sku' };

const SHAPE = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

export const Sku = {
  minLength: 3,
  maxLength: 40,
  /** What a caller may send before normalisation: any case, surrounding spaces. */
  acceptedPattern: /^\s*[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\s*$/,
  rule: 'must be 3-40 letters or digits in groups separated by single dashes',

  /** Skus are stored and compared in upper case, without surrounding spaces. */
  normalize(raw: string): string {
    return raw.trim().toUpperCase();
  },

  /** The normalised sku, or null when `raw` does not follow the rule. */
  tryParse(raw: string): Sku | null {
    const sku = Sku.normalize(raw);
    const fits = sku.length >= Sku.minLength && sku.length <= Sku.maxLength && SHAPE.test(sku);
    return fits ? (sku as Sku) : null;
  },
};
