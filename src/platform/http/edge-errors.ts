import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';
import { resolveSecurityHeaders } from '@nestjs/core/security/security-headers.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { toProblem } from './problem.js';
import { PROBLEM_CONTENT_TYPE, sendProblem } from './problem.filter.js';

/** The security headers every answer carries (helmet's defaults, as `app.useSecurityHeaders()` sets them). */
export const SECURITY_HEADERS = resolveSecurityHeaders().headers;

/**
 * Fastify's router refuses a malformed URL (400) or an over-long path
 * parameter (414) before any hook runs: answered here as problem details,
 * with the security headers and the request id the hooks would have set.
 */
export function answerRouterError(
  error: Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  for (const [name, value] of SECURITY_HEADERS) void reply.header(name, value);
  void reply.header('x-request-id', request.id);
  sendProblem(error, request, reply);
}

const NODE_ERRORS: Record<string, { status: number; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    detail: 'The request headers are larger than the server accepts',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    detail: 'The request was not received in time; the connection is closed',
  },
};

/**
 * Node's HTTP parser refuses some requests before Fastify sees them: headers
 * too large (431), a request sent too slowly (408), bytes that are not HTTP
 * (400). Answered as problem details on the socket, which is then closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = NODE_ERRORS[error.code ?? ''] ?? {
    status: 400,
    detail: 'The request is not valid HTTP',
  };
  const { problem } = toProblem(
    Object.assign(new Error(known.detail), { statusCode: known.status, code: error.code }),
  );
  const body = JSON.stringify({ ...problem, requestId: randomUUID() });
  const headers = [
    `content-type: ${PROBLEM_CONTENT_TYPE}`,
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    ...SECURITY_HEADERS.map(([name, value]) => `${name}: ${value}`),
  ];
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}\r\n${headers.join('\r\n')}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
