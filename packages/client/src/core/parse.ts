// A 2xx answer → the value a method resolves to. The table says whether an operation answers
// with a body: one without (a 204, `content-length: 0`) resolves to undefined, as openapi-fetch
// and openai-node do; one with must answer the JSON object the spec promises, else an APIError
// (never an uncaught SyntaxError). With validateResponses, the object is checked too.
import { APIError, ResponseValidationError } from "../errors.js";
import type { RawResponse } from "./api-promise.js";
import { toHeaders } from "./headers.js";
import type { OperationSpec } from "./operation.js";

/** An error body: its JSON when it is JSON, else the text ("" when there is none). */
export function parseError(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `answer` when its status is 2xx, else the typed APIError its status and body make. */
export function checkStatus<R extends RawResponse>(answer: R): R {
  if (answer.status >= 200 && answer.status < 300) return answer;
  throw APIError.generate(
    answer.status,
    parseError(answer.text),
    undefined,
    toHeaders(answer.headers),
  );
}

/** The body as JSON: text that is not JSON is an APIError, never an uncaught SyntaxError. */
function jsonOf({ status, headers, text, json }: RawResponse): unknown {
  if (json !== undefined) return json;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new APIError(
      status,
      undefined,
      text === ""
        ? "Empty response body where a JSON object was expected."
        : `Response body is not valid JSON (${text.length} bytes): ${text}`,
      toHeaders(headers),
      { cause },
    );
  }
}

/** A raw request's 2xx body as JSON (`undefined` when empty); not JSON is an APIError. */
export function parseJson(raw: RawResponse): unknown {
  return raw.text === "" ? undefined : jsonOf(raw);
}

type Parse = (spec: OperationSpec, raw: RawResponse) => never | Promise<never>;

export function createParser(validateResponses: boolean): Parse {
  let schemas: Promise<typeof import("@scenario-sdk/schemas")> | undefined;

  /** validateResponses: the answer against its component, by @scenario-sdk/schemas (loaded once). */
  async function validate(spec: OperationSpec, raw: RawResponse, json: object): Promise<never> {
    const loaded = await (schemas ??= import("@scenario-sdk/schemas"));
    const schema = loaded[spec.response as keyof typeof loaded] as Parameters<
      typeof loaded.parse
    >[0];
    try {
      loaded.parse(schema, json);
    } catch (error) {
      if (!(error instanceof loaded.ValidationError)) throw error;
      throw new ResponseValidationError(
        raw.status,
        toHeaders(raw.headers),
        json,
        error.issues,
        error.message,
      );
    }
    return json as never;
  }

  return function parse(spec, raw) {
    // an operation without a response body in the spec: whatever came, the value is undefined
    if (spec.response === undefined) return undefined as never;
    const json = jsonOf(raw);
    if (json === null || typeof json !== "object" || Array.isArray(json)) {
      throw new APIError(
        raw.status,
        undefined,
        `Response body is ${Array.isArray(json) ? "an array" : String(json)} where a JSON object was expected.`,
        toHeaders(raw.headers),
      );
    }
    return (validateResponses ? validate(spec, raw, json) : json) as never;
  };
}
