// A POST whose answer was lost may have taken effect: the API has no idempotency key, so the
// error says so and how to check (loaded on that error only).
import type { APIConnectionError } from "../errors.js";

/** Codes that mean the request never reached the server (nothing can have been created). */
const NOT_SENT = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** Adds the hint to a POST's connection error or timeout unless nothing was sent. */
export function explainLostAnswer(error: APIConnectionError): void {
  if (NOT_SENT.has(error.code ?? "")) return;
  error.answerLost = true;
  error.message += ` The request was sent but its answer was lost, so the server may have acted on it (an asset may have been created): check, e.g. with \`client.assets.list({ sortBy: "createdAt", sortDirection: "desc" })\` or in the Scenario web app, before sending it again.`;
}
