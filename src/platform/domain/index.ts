export * from './aggregate-root.js';
export * from './clock.js';
export * from './domain-error.js';
export * from './domain-event.js';
export * from './id.js';
export * from './money.js';
export * from './shop-currency.js';
