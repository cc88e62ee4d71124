// Starts the Prism mock of spec/openapi.yaml once for the e2e tests, and stops it after.
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { startPrism } from "./prism.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const prism = await startPrism();
  project.provide("prismUrl", prism.url);
  return () => prism.stop();
}
