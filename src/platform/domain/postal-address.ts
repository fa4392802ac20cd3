/**
 * Where a parcel goes. One definition for every context that handles addresses
 * (customers' address book, ordering's shipping address, shipping's parcels)
 * and for the request DTOs and event schemas that carry them.
 */
export interface PostalAddress {
  readonly recipient: string;
  readonly line1: string;
  readonly line2: string | null;
  readonly city: string;
  readonly postalCode: string;
  readonly region: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
}

/** An address as a caller gives it: the optional parts may be left out. */
export type GivenPostalAddress = Omit<PostalAddress, 'line2' | 'region'> & {
  readonly line2?: string | null;
  readonly region?: string | null;
};

type TextPart = Exclude<keyof PostalAddress, 'country'>;

/** The longest each text part may be once trimmed; `optional` parts may be empty. */
const PARTS: Record<TextPart, { readonly max: number; readonly optional: boolean }> = {
  recipient: { max: 100, optional: false },
  line1: { max: 200, optional: false },
  line2: { max: 200, optional: true },
  city: { max: 100, optional: false },
  postalCode: { max: 20, optional: false },
  region: { max: 100, optional: true },
};

/** ISO 3166-1 alpha-2 in upper case. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;

export const PostalAddress = {
  parts: PARTS,
  countryRule: 'must be an ISO 3166-1 alpha-2 code (two capital letters)',

  /**
   * Trims every part, stores an empty optional part as null and the country in
   * upper case. A broken rule is reported through `invalid`, so that each
   * context throws its own named error.
   */
  parse(
    given: GivenPostalAddress,
    invalid: (field: keyof PostalAddress, message: string) => Error,
  ): PostalAddress {
    const text = (part: TextPart): string | null => {
      const { max, optional } = PARTS[part];
      const trimmed = (given[part] ?? '').trim();
      if ((!optional && trimmed.length === 0) || trimmed.length > max) {
        throw invalid(part, `must be ${optional ? 0 : 1}-${max} characters long`);
      }
      return trimmed.length === 0 ? null : trimmed;
    };
    const country = given.country.trim().toUpperCase();
    if (!COUNTRY_CODE.test(country)) throw invalid('country', PostalAddress.countryRule);
    return {
      recipient: text('recipient')!,
      line1: text('line1')!,
      line2: text('line2'),
      city: text('city')!,
      postalCode: text('postalCode')!,
      region: text('region'),
      country,
    };
  },
};
