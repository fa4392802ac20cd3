import { Query } from '@nestjs/cqrs';
import type { AddressFields } from '../../domain/address.js';

export interface CustomerProfileView {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: 'customer' | 'admin';
  readonly tier: 'standard' | 'premium';
  readonly addresses: readonly (AddressFields & { id: string })[];
  readonly lifetimeSpend: { readonly amount: number; readonly currency: string };
  readonly createdAt: string;
}

export class GetProfileQuery extends Query<CustomerProfileView> {
  constructor(readonly customerId: string) {
    super();
  }
}
