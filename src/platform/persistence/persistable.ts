/**
 * Lets the ORM map a domain class whose constructor is private: aggregates and
 * value objects are built through their factories, the ORM hydrates them
 * without calling any constructor.
 */
export const persistable = <T>(domainClass: { prototype: T }) =>
  domainClass as unknown as new () => T;
