import type { PostalAddress } from '../../src/platform/domain/postal-address.js';

/** A valid US postal address; override only the parts a test is about. */
export const anAddress = (parts: Partial<PostalAddress> = {}): PostalAddress => ({
  recipient: 'Ada Lovelace',
  line1: '1 Main St',
  line2: null,
  city: 'Springfield',
  postalCode: '62701',
  region: 'IL',
  country: 'US',
  ...parts,
});
