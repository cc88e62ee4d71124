// The build the published libraries share (client, schemas): ESM and CJS for any platform. The
// types are not tsdown's: scripts/build-types.mjs (rollup-plugin-dts) keeps the JSDoc in place.
export const libraryBuild = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  platform: "neutral",
  target: "es2022",
  dts: false,
  sourcemap: true,
  clean: true,
};
