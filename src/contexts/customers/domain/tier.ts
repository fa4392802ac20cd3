export type Tier = 'standard' | 'premium';
export type Role = 'customer' | 'admin';
