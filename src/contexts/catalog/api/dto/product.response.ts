import { ApiProperty } from '@nestjs/swagger';
import type { ProductView } from '../../application/product.view.js';
import { MoneyDto } from './money.dto.js';

export class ProductResponse implements ProductView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MUG-001', pattern: '^[A-Z0-9]+(?:-[A-Z0-9]+)*$' }) sku!: string;
  @ApiProperty({ example: 'Enamel mug' }) name!: string;
  @ApiProperty({ example: 'A sturdy enamel camping mug, 350 ml.' }) description!: string;
  @ApiProperty({ example: 'kitchen' }) category!: string;
  @ApiProperty({ type: MoneyDto }) price!: MoneyDto;
  @ApiProperty({ type: 'integer', example: 350 }) weightGrams!: number;
  @ApiProperty({ description: 'False once discontinued.' }) active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ProductPageResponse {
  @ApiProperty({ type: [ProductResponse] }) items!: ProductResponse[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Cursor of the next page; null on the last.',
    example: null,
  })
  nextCursor!: string | null;
}
