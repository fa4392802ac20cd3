import { Type } from '@sinclair/typebox';
import { allContracts } from '../../src/app/contracts.js';
import { plainSchema } from '../../src/platform/messaging/event-catalog.js';
import { exampleOf } from '../../src/platform/messaging/schema-example.js';
import { payloadProblems } from '../../src/platform/messaging/validation.js';

const contracts = await allContracts();

describe('exampleOf', () => {
  it.each(contracts.map((contract) => [contract.name, contract] as const))(
    'makes a payload %s accepts',
    (_name, contract) => {
      expect(payloadProblems(contract, exampleOf(plainSchema(contract.schema)))).toBeUndefined();
    },
  );

  it('uses the formats, the first variant and the schema’s own examples', () => {
    const schema = plainSchema(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        tier: Type.Union([Type.Literal('premium'), Type.Literal('standard')]),
        note: Type.String({ examples: ['fragile'] }),
        count: Type.Integer({ minimum: 3 }),
      }),
    );
    expect(exampleOf(schema)).toEqual({
      id: '0b7c3f52-6a1e-4f0d-9a4e-2f7d9c8b1a23',
      tier: 'premium',
      note: 'fragile',
      count: 3,
    });
  });

  it('would fail a payload that misses a required field (the check above can fail)', () => {
    const [contract] = contracts;
    expect(payloadProblems(contract!, {})).toBeDefined();
  });
});
