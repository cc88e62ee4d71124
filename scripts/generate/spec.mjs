import { readFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SPEC_PATH = resolve(ROOT, "spec/openapi.yaml");

/** The spec as text (for openapi-typescript) and as an object (for the validators). */
export function loadSpec(path = SPEC_PATH) {
  const text = readFileSync(path, "utf8");
  return { text, document: YAML.parse(text) };
}
