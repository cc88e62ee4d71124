declare const __VERSION__: string | undefined;

/** This package's version, set at build time (tsdown `define`); "dev" when run from source. */
export const VERSION: string = typeof __VERSION__ === "string" ? __VERSION__ : "dev";
