import { ApiProperty } from '@nestjs/swagger';

/** A postal address as the API answers it: the optional parts come back as null when absent. */
export class PostalAddressResponse {
  @ApiProperty({ example: 'Ada Lovelace' }) recipient!: string;
  @ApiProperty({ example: '1 Main St' }) line1!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) line2!: string | null;
  @ApiProperty({ example: 'Springfield' }) city!: string;
  @ApiProperty({ example: '62701' }) postalCode!: string;
  @ApiProperty({ type: String, nullable: true, example: 'IL' }) region!: string | null;
  @ApiProperty({ example: 'US', pattern: '^[A-Z]{2}$' }) country!: string;
}
