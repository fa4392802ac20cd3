export interface MoneyJson {
  readonly amount: number;
  readonly currency: string;
}

export interface ShippingAddress {
  readonly recipient: string;
  readonly line1: string;
  readonly line2: string | null;
  readonly city: string;
  readonly postalCode: string;
  readonly region: string | null;
  readonly country: string;
}
