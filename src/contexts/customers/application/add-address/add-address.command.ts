import { Command } from '@nestjs/cqrs';
import type { AddressFields } from '../../domain/address.js';

export class AddAddressCommand extends Command<AddressFields & { id: string }> {
  constructor(
    readonly customerId: string,
    readonly address: AddressFields,
  ) {
    super();
  }
}
