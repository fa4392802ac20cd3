import { canonicalJson, requestFingerprint } from './request-fingerprint.js';

describe('request fingerprint', () => {
  it('ignores the order of members, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"x":0,"y":1}]},"b":1}',
    );
    expect(requestFingerprint('POST', '/api/orders', { a: 1, b: 2 })).toBe(
      requestFingerprint('POST', '/api/orders', { b: 2, a: 1 }),
    );
  });

  it('tells apart another body, another target and another method', () => {
    const base = requestFingerprint('POST', '/api/orders/1/cancel', { a: 1 });
    expect(requestFingerprint('POST', '/api/orders/1/cancel', { a: 2 })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/orders/2/cancel', { a: 1 })).not.toBe(base);
    expect(requestFingerprint('PUT', '/api/orders/1/cancel', { a: 1 })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/orders/1/cancel', ['a', 1])).not.toBe(base);
  });
});
