/** How a product is shown to readers of the catalog. */
export interface ProductView {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly price: { readonly amount: number; readonly currency: string };
  readonly weightGrams: number;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The row shape both product queries select. */
export interface ProductRow {
  id: string;
  sku: string;
  name: string;
  description: string;
  category: string;
  price_amount: string | number;
  price_currency: string;
  weight_grams: number;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export const PRODUCT_COLUMNS =
  'id, sku, name, description, category, price_amount, price_currency, weight_grams, active, created_at, updated_at';

export function toProductView(row: ProductRow): ProductView {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    category: row.category,
    price: { amount: Number(row.price_amount), currency: row.price_currency.trim() },
    weightGrams: row.weight_grams,
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
