// Reading the spec, the page facts and the family facts for tests: kept in test-utils, shared
// with the packages' tests.
export * from "@scenario-sdk/test-utils/facts";
