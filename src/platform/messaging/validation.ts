import { schemaProblems } from '../application/json-schema.js';
import { DomainError } from '../domain/domain-error.js';
import type { EventContract } from './contract.js';
import { EnvelopeSchema } from './envelope.js';

/** Raised when an event does not match its contract; carries what is wrong. */
export class InvalidEventPayload extends DomainError {
  readonly code = 'MESSAGING.INVALID_EVENT_PAYLOAD';
  readonly kind = 'invalid';

  constructor(name: string, problems: string) {
    super(`${name} does not match its schema: ${problems}`, { event: name, problems });
  }
}

/** Returns the problems of `payload` against the contract's schema, or `undefined` when valid. */
export function payloadProblems(contract: EventContract, payload: unknown): string | undefined {
  return schemaProblems(contract.schema, payload);
}

export function assertValidPayload(contract: EventContract, payload: unknown): void {
  const problems = payloadProblems(contract, payload);
  if (problems !== undefined) throw new InvalidEventPayload(contract.name, problems);
}

export function envelopeProblems(envelope: unknown): string | undefined {
  return schemaProblems(EnvelopeSchema, envelope);
}
