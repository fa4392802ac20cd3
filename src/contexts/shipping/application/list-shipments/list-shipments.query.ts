import { Query } from '@nestjs/cqrs';
import type { Principal } from '../../../../platform/auth/principal.js';

export interface ShipmentView {
  readonly id: string;
  readonly orderId: string;
  readonly status: string;
  readonly address: Record<string, unknown>;
  readonly cost: { readonly amount: number; readonly currency: string };
  readonly carrier: string | null;
  readonly trackingNumber: string | null;
  readonly timeline: readonly { status: string; at: string }[];
  readonly createdAt: string;
}

/** The shipments of an order (an id, or all for an administrator who gives none), for its owner or an administrator. */
export class ListShipmentsQuery extends Query<{ items: ShipmentView[] }> {
  constructor(
    readonly caller: Principal,
    readonly orderId?: string,
    readonly shipmentId?: string,
  ) {
    super();
  }
}
