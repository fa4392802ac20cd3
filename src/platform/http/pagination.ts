import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Query parameters shared by every cursor-paginated list. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(100)
  @IsInt()
  limit: number = 20;

  @ApiPropertyOptional({ description: 'Opaque cursor from a previous page’s `nextCursor`.' })
  @IsOptional()
  @MaxLength(512)
  @IsString()
  cursor?: string;
}
