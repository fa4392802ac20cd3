import { Cursor, InvalidCursor } from './page.js';

describe('Cursor', () => {
  it('round-trips a sort key', () => {
    const cursor = Cursor.encode(['MUG-001', 42]);
    expect(Cursor.decode(cursor, ['string', 'number'])).toEqual(['MUG-001', 42]);
  });

  it.each([
    'zzz',
    Cursor.encode([1]),
    Cursor.encode(['a', 'b']),
    Buffer.from('{').toString('base64url'),
  ])('refuses %s, which this API did not issue for this list', (cursor) => {
    expect(() => Cursor.decode(cursor, ['string'])).toThrow(InvalidCursor);
  });

  it('builds a page from limit + 1 rows', () => {
    const rows = ['a', 'b', 'c'];
    const page = Cursor.page(rows, 2, (row) => [row]);
    expect(page.items).toEqual(['a', 'b']);
    expect(Cursor.decode(page.nextCursor!, ['string'])).toEqual(['b']);
    expect(Cursor.page(rows, 3, (row) => [row]).nextCursor).toBeNull();
  });
});

describe('Cursor parts', () => {
  it.each([
    ['a sku where an id is expected', Cursor.encode(['MUG-001']), ['uuid'] as const],
    [
      '1e308 where a position is expected',
      Buffer.from('[1e308]').toString('base64url'),
      ['number'] as const,
    ],
    ['a negative position', Cursor.encode([-1]), ['number'] as const],
    ['a fraction', Cursor.encode([1.5]), ['number'] as const],
    ['a NUL in a string', Cursor.encode(['a\u0000b']), ['string'] as const],
    ['a lone surrogate', Cursor.encode(['\ud800']), ['string'] as const],
  ])('refuses %s', (_case, cursor, shape) => {
    expect(() => Cursor.decode(cursor, shape)).toThrow(InvalidCursor);
  });

  it('accepts the parts it issues', () => {
    const id = '019ca8a0-3e80-7341-8d1e-df2d140303d8';
    expect(Cursor.decode(Cursor.encode([id, 7]), ['uuid', 'number'])).toEqual([id, 7]);
  });
});
