import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** Whether an operations view covers the whole shop or only the process asked. */
export class ScopeQuery {
  @ApiPropertyOptional({
    enum: ['shop', 'process'],
    default: 'shop',
    description:
      '`shop`: every context, those hosted by other processes included (asked of them). `process`: only what this process hosts (what the other processes ask).',
  })
  @IsOptional()
  @IsIn(['shop', 'process'])
  scope: 'shop' | 'process' = 'shop';
}
