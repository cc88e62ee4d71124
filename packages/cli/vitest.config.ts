import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "cli",
    include: ["test/**/*.test.ts"],
    globalSetup: ["../test-utils/src/prism-setup.ts"],
    testTimeout: 20_000,
  },
});
