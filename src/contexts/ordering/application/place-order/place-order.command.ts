import { Command } from '@nestjs/cqrs';
import type { OrderView } from '../order.view.js';
/** An address as the caller gives it: optional parts may be left out. */
export interface GivenAddress {
  readonly recipient: string;
  readonly line1: string;
  readonly line2?: string | null;
  readonly city: string;
  readonly postalCode: string;
  readonly region?: string | null;
  readonly country: string;
}

export interface PlaceOrderInput {
  readonly customerId: string;
  readonly lines: readonly { readonly sku: string; readonly quantity: number }[];
  /** Exactly one of an address and the id of one of the customer's saved addresses. */
  readonly shippingAddress?: GivenAddress;
  readonly shippingAddressId?: string;
  readonly paymentMethod: {
    readonly type: string;
    readonly token?: string;
    readonly payerEmail?: string;
  };
  readonly promotionCode?: string;
}

export class PlaceOrderCommand extends Command<OrderView> {
  constructor(readonly input: PlaceOrderInput) {
    super();
  }
}
