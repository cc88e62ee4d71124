/** First line of every generated file: how drift checks and readers recognise them. */
export const GENERATED_HEADER =
  "// generated from spec/openapi.yaml by scripts/generate.mjs — do not edit";
