/**
 * The module boundaries of Emporium. Each rule's comment is what a developer
 * sees when breaking it: the rule and what to do instead.
 * Proven by test/architecture/boundaries.arch-spec.ts, which breaks each rule on purpose.
 */
module.exports = {
  forbidden: [
    {
      name: 'context-only-through-contracts',
      severity: 'error',
      comment:
        'A context may use another context only through its contracts/ folder (integration events, public query interfaces). ' +
        'Instead: import from src/contexts/<other>/contracts/, or publish an integration event / add a public query there instead of reaching into its internals.',
      from: { path: '^src/contexts/([^/]+)/' },
      to: {
        path: '^src/contexts/([^/]+)/',
        pathNot: ['^src/contexts/$1/', '^src/contexts/[^/]+/contracts/'],
      },
    },
    {
      name: 'domain-is-framework-free',
      severity: 'error',
      comment:
        'domain/ holds plain TypeScript: no @nestjs/*, no @mikro-orm/*, no infrastructure/, api/ or application/. ' +
        'Instead: declare a port (an abstract class) in domain/ and implement it in infrastructure/; map classes with defineEntity in infrastructure/.',
      from: { path: '(^src/contexts/[^/]+/domain/|^src/platform/domain/)' },
      to: {
        path: [
          'node_modules/@nestjs/',
          'node_modules/@mikro-orm/',
          '^@nestjs/',
          '^@mikro-orm/',
          '/infrastructure/',
          '^src/contexts/[^/]+/(api|application)/',
          '^src/platform/(?!domain/)',
        ],
      },
    },
    {
      name: 'application-uses-ports-not-infrastructure',
      severity: 'error',
      comment:
        'application/ depends on abstractions it owns, never on infrastructure/: infrastructure implements them. ' +
        "Instead: inject the context's unit-of-work port (application/<context>.unit-of-work.ts) or a port declared in domain/ or application/, and implement it in infrastructure/.",
      from: { path: '^src/contexts/[^/]+/application/' },
      to: { path: '^src/contexts/[^/]+/infrastructure/' },
    },
    {
      name: 'persistence-knows-no-messaging',
      severity: 'error',
      comment:
        'platform/persistence/ is the layer under platform/messaging/: messaging plugs into it (unit-of-work hooks, platform migrations), never the reverse. ' +
        'Instead: add an extension point to persistence (a hook or an option) and have messaging use it.',
      from: { path: '^src/platform/persistence/' },
      to: { path: '^src/platform/messaging/' },
    },
    {
      name: 'platform-imports-no-context',
      severity: 'error',
      comment:
        'src/platform/ is what every context stands on and must not know any context. ' +
        'Instead: move the shared piece into platform/, or invert the dependency (the context registers with the platform).',
      from: { path: '^src/platform/' },
      to: { path: ['^src/contexts/', '^src/app/', '^migrations/'] },
    },
    {
      name: 'migrations-belong-to-their-context',
      severity: 'error',
      comment:
        "migrations/<context>/ is loaded only by that context's infrastructure/ (its database definition), and a migration imports no application code. " +
        'Instead: reference the migrations list from src/contexts/<context>/infrastructure/.',
      from: { pathNot: ['^src/contexts/([^/]+)/infrastructure/', '^migrations/'] },
      to: { path: '^migrations/' },
    },
    {
      name: 'migrations-of-one-context-only',
      severity: 'error',
      comment:
        "A context's infrastructure loads its own migrations only: each context owns its schema. Instead: put the migration under migrations/<this context>/.",
      from: { path: '^src/contexts/([^/]+)/infrastructure/' },
      to: { path: '^migrations/', pathNot: '^migrations/$1/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'Import cycles make modules impossible to extract or reason about. Instead: break the cycle by moving the shared piece down a layer, or depend on an abstraction.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
