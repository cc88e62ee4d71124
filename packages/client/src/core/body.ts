// Reading a response body as JSON, shared by the resource methods and the raw requests: a body
// that is not the JSON it should be is an APIError, never an uncaught SyntaxError.
import { APIError } from "../errors.js";
import type { RawResponse } from "./api-promise.js";

/** An error body: its JSON when it is JSON, else the text ("" when there is none). */
export function parseError(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A 2xx body as JSON; `undefined` for an empty body when `empty` allows it. */
export function parseJson({ status, headers, text }: RawResponse, empty = false): unknown {
  if (empty && text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new APIError(
      status,
      undefined,
      text === ""
        ? "Empty response body where a JSON object was expected."
        : `Response body is not valid JSON (${text.length} bytes): ${text}`,
      headers,
      { cause },
    );
  }
}

/** A 2xx body that must be a JSON object (every operation of the spec answers one). */
export function parseJsonObject(raw: RawResponse): object {
  const json = parseJson(raw);
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new APIError(
      raw.status,
      undefined,
      `Response body is ${Array.isArray(json) ? "an array" : String(json)} where a JSON object was expected.`,
      raw.headers,
    );
  }
  return json;
}
