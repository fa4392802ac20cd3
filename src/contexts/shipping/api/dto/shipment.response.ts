import { ApiProperty } from '@nestjs/swagger';
import type { ShipmentStatus } from '../../domain/shipment.js';
import { ShippingMoneyDto } from './shipping-money.dto.js';
import { PostalAddressResponse } from '../../../../platform/http/postal-address.response.js';

const SHIPMENT_STATUSES: readonly ShipmentStatus[] = [
  'PENDING',
  'DISPATCHED',
  'DELIVERED',
  'CANCELLED',
];

class ShipmentTimelineEntryResponse {
  @ApiProperty({ enum: SHIPMENT_STATUSES, enumName: 'ShipmentStatus' }) status!: ShipmentStatus;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ShipmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ enum: SHIPMENT_STATUSES, enumName: 'ShipmentStatus', example: 'DISPATCHED' })
  status!: ShipmentStatus;
  @ApiProperty({ type: PostalAddressResponse }) address!: PostalAddressResponse;
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
