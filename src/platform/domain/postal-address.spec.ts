import { anAddress } from '../../../test/builders/address.builder.js';
import { COUNTRY_CODE, type GivenPostalAddress, PostalAddress } from './postal-address.js';

class Refused extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${field} ${rule}`);
  }
}

const given: GivenPostalAddress = anAddress();
const parse = (parts: Partial<GivenPostalAddress>) =>
  PostalAddress.parse({ ...given, ...parts }, (field, rule) => new Refused(field, rule));

function refusal(parts: Partial<GivenPostalAddress>): Refused {
  try {
    parse(parts);
  } catch (error) {
    return error as Refused;
  }
  throw new Error('expected the address to be refused');
}

describe('PostalAddress', () => {
  it('trims every part, keeps left-out parts as null and the country in upper case', () => {
    expect(parse({ recipient: '  Ada ', line2: '   ', region: ' IL ', country: ' us ' })).toEqual({
      recipient: 'Ada',
      line1: '1 Main St',
      line2: null,
      city: 'Springfield',
      postalCode: '62701',
      region: 'IL',
      country: 'US',
    });
  });

  it.each([
    ['recipient', { recipient: '  ' }, 'must be 1-100 characters long'],
    ['recipient', { recipient: 'x'.repeat(101) }, 'must be 1-100 characters long'],
    ['line1', { line1: '' }, 'must be 1-200 characters long'],
    ['line2', { line2: 'x'.repeat(201) }, 'must be 0-200 characters long'],
    ['city', { city: 'x'.repeat(101) }, 'must be 1-100 characters long'],
    ['postalCode', { postalCode: 'x'.repeat(21) }, 'must be 1-20 characters long'],
    ['region', { region: 'x'.repeat(101) }, 'must be 0-100 characters long'],
    ['country', { country: 'USA' }, PostalAddress.countryRule],
    ['country', { country: 'U1' }, PostalAddress.countryRule],
  ])('refuses a bad %s through the caller’s error', (field, parts, rule) => {
    expect(refusal(parts)).toMatchObject({ field, rule });
  });

  it('accepts each part at its longest', () => {
    const longest = Object.fromEntries(
      Object.entries(PostalAddress.parts).map(([part, { max }]) => [part, 'x'.repeat(max)]),
    );
    expect(() => parse(longest)).not.toThrow();
  });

  it('gives DTOs and schemas the pattern the rule applies', () => {
    expect(COUNTRY_CODE.test('US')).toBe(true);
    expect(COUNTRY_CODE.test('us')).toBe(false);
  });
});
