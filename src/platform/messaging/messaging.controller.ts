import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiExcludeEndpoint,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
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
import {
  DeadLetterListResponse,
  DeadLetterResponse,
  EventCatalogResponse,
  EventLogPageResponse,
  ReplayedResponse,
} from './messaging.responses.js';

class ReplayRequest {
  @ApiProperty({
    format: 'date-time',
    description: 'Replay events that occurred at or after this time.',
    example: '2026-03-01T00:00:00Z',
  })
  @IsISO8601({ strict: true })
  since!: string;
}

class EventLogQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'catalog.ProductCreated.v1', maxLength: 200 })
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
  @ApiOperation({ summary: 'List the integration events with their schemas' })
  @ApiOkResponse({
    type: EventCatalogResponse,
    description: 'Every integration event with its schema, producer and consumers.',
  })
  events() {
    return { items: eventCatalog(this.messaging.hosted) };
  }

  @AdminOnly()
  @Get('api/admin/event-log/:context')
  @ApiOperation({ summary: 'Read the events a context published' })
  @ApiOkResponse({
    type: EventLogPageResponse,
    description: 'The events a context published, oldest first, for the retention period.',
  })
  @ProblemResponses('REQUEST.INVALID_CURSOR', 'MESSAGING.PRODUCER_NOT_HOSTED')
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
  @ApiOperation({ summary: 'List the dead letters' })
  @ApiOkResponse({
    type: DeadLetterListResponse,
    description: 'Deliveries that failed for the last time, oldest failure first.',
  })
  async deadLetters(): Promise<DeadLetterListResponse> {
    return { items: await this.messaging.deadLetters.list() };
  }

  @AdminOnly()
  @Get('api/admin/dead-letters/:id')
  @ApiOperation({ summary: 'Read a dead letter' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DeadLetterResponse, description: 'The dead letter with its event.' })
  @ProblemResponses('MESSAGING.DEAD_LETTER_NOT_FOUND')
  deadLetter(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.messaging.deadLetters.get(id);
  }

  @AdminOnly()
  @Post('api/admin/dead-letters/:id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay one dead letter' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiAcceptedResponse({
    type: DeadLetterResponse,
    description: 'The dead letter, put back in its inbox for another attempt.',
  })
  @ProblemResponses('MESSAGING.DEAD_LETTER_NOT_FOUND')
  replayDeadLetter(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.messaging.deadLetters.replay(id);
  }

  @AdminOnly()
  @Post('api/admin/dead-letters/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay every dead letter' })
  @ApiAcceptedResponse({ type: ReplayedResponse, description: 'How many were put back.' })
  async replayAllDeadLetters(): Promise<ReplayedResponse> {
    return { replayed: await this.messaging.deadLetters.replayAll() };
  }

  @AdminOnly()
  @Post('api/admin/handlers/:handler/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay the events a handler consumed since a time' })
  @ApiAcceptedResponse({ type: ReplayedResponse, description: 'How many events were requeued.' })
  @ProblemResponses('MESSAGING.HANDLER_NOT_FOUND', 'MESSAGING.PRODUCER_NOT_HOSTED')
  async replayHandler(
    @Param('handler') handler: string,
    @Body() body: ReplayRequest,
  ): Promise<ReplayedResponse> {
    return { replayed: await this.messaging.replay(handler, new Date(body.since)) };
  }
}
