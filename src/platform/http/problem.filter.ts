import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './problem.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Sends an error as problem details on a Fastify reply, logging faults with
 * their stack while the caller only ever sees the problem.
 */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { problem, unexpected, retryAfterSeconds, outage } = toProblem(error);
  // An outage's lines are limited to one per cause and interval by the logger itself.
  if (outage) request.log.error({ err: error }, 'database unavailable: request refused with 503');
  else if (unexpected) request.log.error({ err: error }, 'request failed unexpectedly');
  else request.log.info({ code: problem.code, status: problem.status }, 'request refused');
  // RFC 6750: a 401 tells the client how to authenticate.
  if (problem.status === 401) void reply.header('www-authenticate', 'Bearer realm="emporium"');
  // RFC 9110: a problem that says when to come back says it in the header too.
  if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
  void reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send({ ...problem, instance: request.url, requestId: request.id });
}

/** The one exception filter: every error leaves as RFC 9457 problem details. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}
