import { Sku } from './sku.js';

describe('Sku', () => {
  it('normalises what callers send: trimmed, upper case', () => {
    expect(Sku.normalize('  mug-001 ')).toBe('MUG-001');
    expect(Sku.tryParse(' tent-2p')).toBe('TENT-2P');
  });

  it.each(['MU', 'x'.repeat(41), 'MUG--1', '-MUG', 'MUG_1', 'MUG 1'])('refuses %p', (raw) => {
    expect(Sku.tryParse(raw)).toBeNull();
  });

  it('accepts 3 and 40 characters, the bounds DTOs and schemas reuse', () => {
    expect(Sku.tryParse('A'.repeat(Sku.minLength))).not.toBeNull();
    expect(Sku.tryParse('A'.repeat(Sku.maxLength))).not.toBeNull();
  });

  it('lets callers send any case and surrounding spaces, but no other shape', () => {
    expect(Sku.acceptedPattern.test(' mug-001 ')).toBe(true);
    expect(Sku.acceptedPattern.test('mug--001')).toBe(false);
  });
});
