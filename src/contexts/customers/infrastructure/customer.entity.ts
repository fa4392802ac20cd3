import { defineEntity, p } from '@mikro-orm/core';
import { MoneyEmbeddable } from '../../../platform/persistence/money.embeddable.js';
import { persistable } from '../../../platform/persistence/persistable.js';
import { Address } from '../domain/address.js';
import { Customer } from '../domain/customer.js';

export const AddressEmbeddable = defineEntity({
  class: persistable(Address),
  embeddable: true,
  properties: {
    id: p.string(),
    recipient: p.string(),
    line1: p.string(),
    line2: p.string().nullable(),
    city: p.string(),
    postalCode: p.string().fieldName('postalCode'),
    region: p.string().nullable(),
    country: p.string(),
  },
});

export const CustomerEntity = defineEntity({
  class: persistable(Customer),
  tableName: 'customers',
  properties: {
    id: p.uuid().primary(),
    email: p.string().unique(),
    name: p.string(),
    _passwordHash: p.string().fieldName('password_hash'),
    _role: p.string().fieldName('role'),
    createdAt: p.datetime().fieldName('created_at'),
    _tier: p.string().fieldName('tier'),
    _addresses: p.embedded(AddressEmbeddable).array().fieldName('addresses'),
    _lifetimeSpend: p.embedded(MoneyEmbeddable).prefix('lifetime_spend_'),
    _updatedAt: p.datetime().fieldName('updated_at'),
    _tokenVersion: p.integer().fieldName('token_version'),
    _disabled: p.boolean().fieldName('disabled'),
    version: p.integer().version(),
  },
});
