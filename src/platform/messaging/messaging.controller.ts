import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiExcludeEndpoint,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../http/pagination.js';
import { AdminOnly, Public } from '../auth/access.js';
import { ProblemResponses } from '../http/openapi.js';
import { asyncApiDocument, eventCatalog } from './event-catalog.js';
import { MessagingRuntime } from './messaging.runtime.js';

class ReplayRequest {
  @ApiProperty({
    format: 'date-time',
    description: 'Replay events that occurred at or after this time.',
  })
  @IsISO8601({ strict: true })
  since!: string;
}

class EventLogQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'catalog.ProductCreated.v1' })
  @IsOptional()
  @MaxLength(200)
  @IsString()
  name?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;
}

@ApiTags('operations')
@Controller()
export class MessagingController {
  constructor(private readonly messaging: MessagingRuntime) {}

  @AdminOnly()
  @Get('api/admin/events')
  @ApiOkResponse({
    description: 'Every integration event with its schema, producer and consumers.',
  })
  events() {
    return { items: eventCatalog(this.messaging.hosted) };
  }

  @AdminOnly()
  @Get('api/admin/event-log/:context')
  @ApiOkResponse({
    description: 'The events a context published, oldest first, for the retention period.',
  })
  @ProblemResponses(400, 422)
  eventLog(@Param('context') context: string, @Query() query: EventLogQuery) {
    const since = query.since ? new Date(query.since) : undefined;
    return this.messaging.eventLog(context, { name: query.name, since }, query.limit, query.cursor);
  }

  @Public()
  @Get('asyncapi.json')
  @ApiExcludeEndpoint()
  asyncApi() {
    return asyncApiDocument('0.1.0', eventCatalog(this.messaging.hosted));
  }

  @AdminOnly()
  @Get('api/admin/dead-letters')
  @ApiOkResponse({ description: 'Deliveries that failed for the last time, oldest failure first.' })
  async deadLetters() {
    return { items: await this.messaging.deadLetters.list() };
  }

  @AdminOnly()
  @Get('api/admin/dead-letters/:id')
  @ProblemResponses(400, 404)
  deadLetter(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.messaging.deadLetters.get(id);
  }

  @AdminOnly()
  @Post('api/admin/dead-letters/:id/replay')
  @HttpCode(202)
  @ProblemResponses(400, 404)
  replayDeadLetter(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.messaging.deadLetters.replay(id);
  }

  @AdminOnly()
  @Post('api/admin/dead-letters/replay')
  @HttpCode(202)
  async replayAllDeadLetters() {
    return { replayed: await this.messaging.deadLetters.replayAll() };
  }

  @AdminOnly()
  @Post('api/admin/handlers/:handler/replay')
  @HttpCode(202)
  @ProblemResponses(400, 404, 422)
  async replayHandler(@Param('handler') handler: string, @Body() body: ReplayRequest) {
    return { replayed: await this.messaging.replay(handler, new Date(body.since)) };
  }
}
