import { defineConfig } from "vitest/config";

// One run over every package (each has its own vitest.config.ts) and the spec/scripts tests.
export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      {
        test: {
          name: "spec",
          include: ["spec/test/**/*.test.ts"],
        },
      },
    ],
  },
});
