/** Injection token of the context modules the shop is composed of, by name (from the composition root). */
export const CONTEXT_MODULES = Symbol('ContextModules');
