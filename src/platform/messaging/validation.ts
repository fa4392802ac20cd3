import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { DomainError } from '../domain/domain-error.js';
import type { EventContract } from './contract.js';
import { EnvelopeSchema } from './envelope.js';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
(addFormats as unknown as (ajv: Ajv) => void)(ajv);
const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`).join('; ');

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
  const validate = validatorFor(contract.schema);
  return validate(payload) ? undefined : describe(validate.errors);
}

export function assertValidPayload(contract: EventContract, payload: unknown): void {
  const problems = payloadProblems(contract, payload);
  if (problems !== undefined) throw new InvalidEventPayload(contract.name, problems);
}

export function envelopeProblems(envelope: unknown): string | undefined {
  const validate = validatorFor(EnvelopeSchema);
  return validate(envelope) ? undefined : describe(validate.errors);
}
