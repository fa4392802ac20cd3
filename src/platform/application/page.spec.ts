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
