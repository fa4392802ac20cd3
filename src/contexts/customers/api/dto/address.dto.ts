import { ApiProperty, OmitType } from '@nestjs/swagger';
import { PostalAddressRequest } from '../../../../platform/http/postal-address.request.js';

/** A postal address as callers send it. */
export class AddressRequest extends PostalAddressRequest {}

/** A saved address: the optional lines come back as null when absent. */
export class AddressResponse extends OmitType(AddressRequest, ['line2', 'region'] as const) {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) line2!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'IL' }) region!: string | null;
}
