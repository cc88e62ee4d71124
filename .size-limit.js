// Size budgets (`pnpm size`). The client is measured twice: what `import { Scenario }` loads
// (every operation; chunks behind a dynamic import() excluded, as browser bundlers split them
// off and load them on first use), and everything, those chunks included.

/** Leaves dynamic imports out of the bundle: they are separate chunks, fetched when first used. */
const lazyChunksApart = {
  name: "lazy-chunks-apart",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
    );
  },
};

/** Leaves out the chunks only plain Node loads (core/transports.ts picks node:http there). */
const nodeOnlyApart = {
  name: "node-only-apart",
  setup(build) {
    build.onResolve({ filter: /transport-node/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** size-limit's esbuild run with `plugin` added (the entry's `modifyEsbuildConfig`). */
const withPlugin = (plugin) => (config) => ({
  ...config,
  plugins: [...(config.plugins ?? []), plugin],
});

const client = {
  path: "packages/client/dist/index.js",
  import: "{ Scenario }",
  ignore: ["@scenario-sdk/schemas"],
  gzip: true,
};

export default [
  {
    name: "@scenario-sdk/client: what `import { Scenario }` loads (every operation)",
    ...client,
    limit: "12 kB",
    modifyEsbuildConfig: withPlugin(lazyChunksApart),
  },
  {
    // what a browser may load: the Node transport's chunk is Node's alone (run-time seam)
    name: "@scenario-sdk/client: with the chunks a browser may load on first use (uploadFile, streamed images)",
    ...client,
    limit: "17.5 kB",
    modifyEsbuildConfig: withPlugin(nodeOnlyApart),
  },
  {
    // openapi-fetch (~2.6 kB) on top of the client, only for those who import `./fetch`
    name: "@scenario-sdk/client/fetch: what `import { createFetchClient }` loads",
    path: "packages/client/dist/fetch.js",
    import: "{ createFetchClient }",
    ignore: ["@scenario-sdk/schemas"],
    gzip: true,
    limit: "13 kB",
    modifyEsbuildConfig: withPlugin(lazyChunksApart),
  },
  {
    name: "@scenario-sdk/schemas: every validator",
    path: "packages/schemas/dist/index.js",
    gzip: true,
    limit: "13.5 kB",
  },
];
