import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Optional,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
} from '@nestjs/common';
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
import type { FastifyRequest } from 'fastify';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { DatabaseServer } from '../persistence/database-server.js';
import { mergeAsyncApi, mergeCatalogs } from '../topology/merged-documents.js';
import { ScopeQuery } from '../topology/scope.query.js';
import {
  callerOf,
  NO_OTHER_PROCESSES,
  SHOP_PROCESSES,
  type ShopProcesses,
} from '../topology/shop-processes.js';
import type { DeadLetter } from './dead-letters.js';
import { PageQuery } from '../http/pagination.js';
import { AdminOnly, Public } from '../auth/access.js';
import { ProblemResponses } from '../http/openapi.js';
import { asyncApiDocument, eventCatalog } from './event-catalog.js';
import { MessagingRuntime } from './messaging.runtime.js';
import {
  DeadLetterListResponse,
  DeadLetterResponse,
  DeadLettersReplayedResponse,
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

const byFailure = (a: DeadLetter, b: DeadLetter) =>
  (a.lastFailedAt ?? a.receivedAt).localeCompare(b.lastFailedAt ?? b.receivedAt);

/**
 * The event catalog, the AsyncAPI document and the dead letters of the whole
 * shop at one base URL: this process's part, and in a split topology the part
 * of each other process (asked with the caller's token: each process checks
 * it itself). `?scope=process` gives this process's part only.
 */
@ApiTags('operations')
@Controller()
export class MessagingController {
  constructor(
    private readonly messaging: MessagingRuntime,
    private readonly server: DatabaseServer,
    @Optional()
    @Inject(SHOP_PROCESSES)
    private readonly processes: ShopProcesses = NO_OTHER_PROCESSES,
  ) {}

  /** This process's part of a view and, for the whole shop, the same part of every other process. */
  private async parts<T>(
    query: ScopeQuery,
    request: FastifyRequest,
    method: 'GET' | 'POST',
    path: string,
    own: T,
  ): Promise<{ parts: T[]; unreachable: string[] }> {
    const { others, unreachable } = await this.processes.gather(
      query.scope,
      method,
      path,
      callerOf(request),
      () => Promise.resolve(own),
    );
    return { parts: [own, ...others.map(({ answer }) => answer)], unreachable };
  }

  private get contexts(): string[] {
    return this.server.databases.map((db) => db.context);
  }

  @AdminOnly()
  @Get('api/admin/events')
  @ApiOperation({ summary: 'List the integration events with their schemas' })
  @ApiOkResponse({
    type: EventCatalogResponse,
    description: 'Every integration event with its schema, producer and consumers.',
  })
  async events(@Query() query: ScopeQuery, @Req() request: FastifyRequest) {
    const { own, others, unreachable } = await this.processes.gather(
      query.scope,
      'GET',
      '/api/admin/events',
      callerOf(request),
      () => Promise.resolve({ items: eventCatalog(this.messaging.hosted) }),
    );
    const merged = mergeCatalogs([
      { contexts: this.contexts, items: own.items },
      ...others.map(({ process, answer }) => ({ contexts: process.contexts, items: answer.items })),
    ]);
    return { ...merged, unreachable };
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
  async asyncApi(@Query() query: ScopeQuery) {
    const own = asyncApiDocument('0.1.0', eventCatalog(this.messaging.hosted));
    if (query.scope === 'process' || this.processes.remote.length === 0) return own;
    return mergeAsyncApi(own, this.contexts, await this.processes.documentParts('/asyncapi.json'));
  }

  @AdminOnly()
  @Get('api/admin/dead-letters')
  @ApiOperation({ summary: 'List the dead letters' })
  @ApiOkResponse({
    type: DeadLetterListResponse,
    description:
      'Deliveries that failed for the last time, in every context, oldest failure first.',
  })
  async deadLetters(
    @Query() query: ScopeQuery,
    @Req() request: FastifyRequest,
  ): Promise<DeadLetterListResponse> {
    const items = await this.messaging.deadLetters.list();
    const path = '/api/admin/dead-letters';
    const { parts, unreachable } = await this.parts(query, request, 'GET', path, { items });
    return { items: parts.flatMap((part) => part.items).sort(byFailure), unreachable };
  }

  @AdminOnly()
  @Get('api/admin/dead-letters/:id')
  @ApiOperation({ summary: 'Read a dead letter' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DeadLetterResponse, description: 'The dead letter with its event.' })
  @ProblemResponses('MESSAGING.DEAD_LETTER_NOT_FOUND')
  deadLetter(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ScopeQuery,
    @Req() request: FastifyRequest,
  ) {
    return this.processes.firstFound(
      query.scope,
      'GET',
      `/api/admin/dead-letters/${id}`,
      callerOf(request),
      () => this.messaging.deadLetters.get(id),
    );
  }

  @AdminOnly()
  @Post('api/admin/dead-letters/:id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay one dead letter' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiAcceptedResponse({
    type: DeadLetterResponse,
    description:
      'The dead letter, put back in its inbox for another attempt (by the process that hosts its context).',
  })
  @ProblemResponses('MESSAGING.DEAD_LETTER_NOT_FOUND')
  replayDeadLetter(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ScopeQuery,
    @Req() request: FastifyRequest,
  ) {
    return this.processes.firstFound(
      query.scope,
      'POST',
      `/api/admin/dead-letters/${id}/replay`,
      callerOf(request),
      () => this.messaging.deadLetters.replay(id),
    );
  }

  @AdminOnly()
  @Post('api/admin/dead-letters/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay every dead letter' })
  @ApiAcceptedResponse({
    type: DeadLettersReplayedResponse,
    description: 'How many were put back, in every context.',
  })
  async replayAllDeadLetters(
    @Query() query: ScopeQuery,
    @Req() request: FastifyRequest,
  ): Promise<DeadLettersReplayedResponse> {
    const replayed = await this.messaging.deadLetters.replayAll();
    const path = '/api/admin/dead-letters/replay';
    const { parts, unreachable } = await this.parts(query, request, 'POST', path, { replayed });
    return { replayed: parts.reduce((sum, part) => sum + part.replayed, 0), unreachable };
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
