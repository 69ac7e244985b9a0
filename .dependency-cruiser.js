/**
 * The arrows between Estate's layers and domains, checked by `npm run check`
 * (dependency-cruiser). Layers across: server → resolvers → schema and graph;
 * resolvers and server → importers → graph; graph/<domain> → graph/model and
 * graph/platform. Nothing imports tests or benchmarks, and there are no cycles.
 * docs/architecture.md draws the same picture. Unit tests beside the code may
 * import what they test from anywhere (e.g. a schema test builds the schema).
 */
const DOMAINS =
  'items|changelog|impact|incidents|lifecycle|imports|access|network|catalogue|security|changes|projection|console';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules import each other in a circle.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'graph-is-the-bottom',
      severity: 'error',
      comment: 'graph/ holds the model and its Cypher: it knows nothing of GraphQL, files or the server.',
      from: { path: '^graph/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(schema|resolvers|server|importers|sdk)/' },
    },
    {
      name: 'model-and-platform-stay-below-domains',
      severity: 'error',
      comment: 'graph/model and graph/platform are what every domain stands on; they reach into no domain.',
      from: { path: '^graph/(model|platform)/', pathNot: '\\.test\\.ts$' },
      to: { path: `^graph/(${DOMAINS})/` },
    },
    {
      name: 'schema-holds-types-only',
      severity: 'error',
      comment: 'schema/ declares GraphQL types from graph/ tables; it calls no resolver, importer or server code.',
      from: { path: '^schema/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(resolvers|server|importers|sdk)/' },
    },
    {
      name: 'resolvers-do-not-reach-up',
      severity: 'error',
      comment: 'Resolvers are assembled by server/; they never import it.',
      from: { path: '^resolvers/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(server|sdk)/' },
    },
    {
      name: 'resolver-domains-stay-apart',
      severity: 'error',
      comment:
        "A domain's resolvers never import another domain's resolvers; they share resolvers/platform and each other's per-request loaders (*.loaders.ts).",
      from: { path: '^resolvers/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^resolvers/([^/]+)/', pathNot: ['^resolvers/$1/', '^resolvers/platform/', '\\.loaders\\.ts$'] },
    },
    {
      name: 'importers-write-through-graph',
      severity: 'error',
      comment: 'Importers read files and write through graph/; they know nothing of GraphQL or the server.',
      from: { path: '^importers/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(schema|resolvers|server|sdk)/' },
    },
    {
      name: 'no-tests-or-bench-in-the-product',
      severity: 'error',
      comment: 'Product code never imports test or benchmark code.',
      from: { path: '^(graph|schema|resolvers|server|importers|sdk)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(test|bench)/' },
    },
    {
      name: 'resolver-platform-stays-below-domains',
      severity: 'error',
      comment: 'resolvers/platform (context, loader registry, limits) is what every domain stands on.',
      from: { path: '^resolvers/platform/' },
      to: { path: '^resolvers/(?!platform/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|coverage|graph/platform/embedded/target)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
