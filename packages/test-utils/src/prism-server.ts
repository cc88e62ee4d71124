// The Prism mock as a server handle ({ url }) for tests: the one the package's globalSetup
// (prism-setup.ts) started, or one started for a single test file by `usePrism()`.
import { afterAll, beforeAll, inject } from "vitest";
import type {} from "./prism-setup.js"; // types inject("prismUrl")
import { startPrism } from "./prism.mjs";

/** The globalSetup's mock: `useCli(prismServer)` points the CLI at it. */
export const prismServer = {
  get url(): string {
    return inject("prismUrl");
  },
};

/** A mock of its own for this test file: started in `beforeAll`, stopped in `afterAll`. */
export function usePrism(): { readonly url: string } {
  let prism: Awaited<ReturnType<typeof startPrism>> | undefined;
  beforeAll(async () => {
    prism = await startPrism();
  }, 60_000);
  afterAll(() => prism?.stop());
  return {
    get url() {
      if (!prism) throw new Error("usePrism(): the mock starts in beforeAll; use it in tests");
      return prism.url;
    },
  };
}
