import { isUuid, newId } from './id.js';

describe('newId', () => {
  it('makes RFC 9562 version 7 UUIDs', () => {
    const id = newId();
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('orders ids by creation time', () => {
    const earlier = newId(Date.parse('2026-01-01T00:00:00Z'));
    const later = newId(Date.parse('2026-01-01T00:00:00.001Z'));
    expect(earlier < later).toBe(true);
  });

  it('keeps increasing within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newId(Date.parse('2026-01-01T00:00:00Z')));
    expect([...ids].sort()).toEqual(ids);
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId(0)));
    expect(ids.size).toBe(10_000);
  });

  it('tells UUIDs from other strings', () => {
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid('01a20111-12e4-7a9c-a3ba-27389b02659')).toBe(false);
  });
});
