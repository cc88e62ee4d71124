// What the CLI writes never holds a signed URL's credential: the query string of every http(s)
// URL (a storage PUT URL, a CDN download URL, an asset's `url`) is replaced by a marker, in
// results, --json objects (the API's answers echoed under `response` included), warnings and
// errors alike, as the client does in its logs and errors. The origin and path are kept.

/** What stands in for a query string that was removed. */
export const REDACTED = "?[redacted]";

/** An http(s) URL with a query string (and perhaps a fragment), up to a quote, space or `\`. */
const URL_WITH_QUERY = /(\bhttps?:\/\/[^\s"'<>\\?#]+)\?[^\s"'<>\\]*/gi;

/** `text` with the query string of every http(s) URL in it redacted. */
export function redactUrls(text: string): string {
  if (!text.includes("://")) return text; // the common line: no work
  return text.replace(URL_WITH_QUERY, (_url, base: string) => `${base}${REDACTED}`);
}
