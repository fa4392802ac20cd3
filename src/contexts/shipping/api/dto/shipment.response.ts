import { ApiProperty } from '@nestjs/swagger';
import type { ShipmentStatus } from '../../domain/shipment.js';
import { ShippingMoneyDto } from './shipping-money.dto.js';

const SHIPMENT_STATUSES: readonly ShipmentStatus[] = [
  'PENDING',
  'DISPATCHED',
  'DELIVERED',
  'CANCELLED',
];

class ShipmentAddressResponse {
  @ApiProperty({ example: 'Ada Lovelace' }) recipient!: string;
  @ApiProperty({ example: '1 Main St' }) line1!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) line2!: string | null;
  @ApiProperty({ example: 'Springfield' }) city!: string;
  @ApiProperty({ example: '62701' }) postalCode!: string;
  @ApiProperty({ type: String, nullable: true, example: 'IL' }) region!: string | null;
  @ApiProperty({ example: 'US', pattern: '^[A-Z]{2}$' }) country!: string;
}

class ShipmentTimelineEntryResponse {
  @ApiProperty({ enum: SHIPMENT_STATUSES, enumName: 'ShipmentStatus' }) status!: ShipmentStatus;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ShipmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ enum: SHIPMENT_STATUSES, enumName: 'ShipmentStatus', example: 'DISPATCHED' })
  status!: ShipmentStatus;
  @ApiProperty({ type: ShipmentAddressResponse }) address!: ShipmentAddressResponse;
  @ApiProperty({ type: ShippingMoneyDto }) cost!: ShippingMoneyDto;
  @ApiProperty({ type: String, nullable: true, example: 'UPS' }) carrier!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'UPS3F9A1C0B2D4E' })
  trackingNumber!: string | null;
  @ApiProperty({ type: [ShipmentTimelineEntryResponse] })
  timeline!: ShipmentTimelineEntryResponse[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ShipmentListResponse {
  @ApiProperty({ type: [ShipmentResponse] }) items!: ShipmentResponse[];
}
