import { MAX_INPUT_DEPTH, refuseUnsafeInput } from './safe-input.js';

function check(input: { params?: unknown; query?: unknown; body?: unknown }) {
  let refusal: any;
  refuseUnsafeInput(input as never, undefined as never, (error) => (refusal = error));
  return refusal as { code: string; fieldErrors: { field: string }[] } | undefined;
}

describe('refuseUnsafeInput', () => {
  it.each([
    ['a NUL in a body string', { body: { name: 'a\u0000b' } }, 'name'],
    ['a lone surrogate', { body: { lines: [{ sku: '\ud800' }] } }, 'lines[0].sku'],
    ['a NUL in a key', { body: { 'a\u0000': 1 } }, 'a\u0000'],
    ['a NUL in a path parameter', { params: { sku: 'AB\u0000C' } }, 'sku'],
    ['a NUL in the query', { query: { search: '\u0000' } }, 'search'],
  ])('refuses %s, naming the field', (_case, input, field) => {
    const refusal = check(input);
    expect(refusal?.code).toBe('REQUEST.INVALID_TEXT');
    expect(refusal?.fieldErrors[0]?.field).toBe(field);
  });

  it('refuses nesting deeper than any request needs, without recursing into it', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(check({ body: { lines: deep } })?.code).toBe('REQUEST.TOO_DEEPLY_NESTED');
  });

  it('lets ordinary input through: paired surrogates (emoji), nesting up to the limit', () => {
    let nested: unknown = 'ok';
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) nested = [nested];
    expect(check({ body: { name: 'Zoë 🎉', nested: undefined }, query: {}, params: {} })).toBe(
      undefined,
    );
    expect(check({ body: nested })).toBe(undefined);
  });
});
