import { ApiProperty } from '@nestjs/swagger';
import { PostalAddressRequest } from '../../../../platform/http/postal-address.request.js';

/** A postal address as callers send it. */
export class AddressRequest extends PostalAddressRequest {}

export class AddressResponse extends AddressRequest {
  @ApiProperty() id!: string;
}
