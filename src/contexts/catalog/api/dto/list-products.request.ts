import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../../platform/http/pagination.js';

export class ListProductsRequest extends PageQuery {
  @ApiPropertyOptional({ description: 'Words to find in name or description.', example: 'mug' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  @IsString()
  search?: string;

  @ApiPropertyOptional({ example: 'kitchen' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'category must be a lower-case slug' })
  @IsString()
  category?: string;
}
