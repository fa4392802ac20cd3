export type Role = 'customer' | 'admin';

/** Who is calling: taken from a verified bearer token. */
export interface Principal {
  readonly id: string;
  readonly role: Role;
}
