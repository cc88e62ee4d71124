/** One error as Ajv's generated code reports it (built without messages: see issues.ts). */
export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** The shape of each function in generated/validators.js. */
export interface ValidatorFunction {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
