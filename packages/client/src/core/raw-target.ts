// Where a raw request goes: a method the escape hatch sends and a path under the base URL, or a
// ScenarioError (loaded with the first raw request).
import { ScenarioError } from "../errors.js";
import { serializeQuery } from "./operation.js";

const METHODS = new Set<string>(["GET", "POST", "PUT", "PATCH", "DELETE"]);

/** The method in capitals, or a ScenarioError naming the ones sent. */
export function checkMethod(method: unknown): string {
  const verb = typeof method === "string" ? method.toUpperCase() : String(method);
  if (!METHODS.has(verb)) {
    throw new ScenarioError(`Unsupported method ${verb}: use ${[...METHODS].join(", ")}.`);
  }
  return verb;
}

/** The path (and query) after the base URL; throws for a URL elsewhere. */
export function resolveTarget(baseURL: string, path: string, query?: Record<string, unknown>) {
  if (typeof path !== "string" || path === "") {
    throw new ScenarioError("A request needs a path under the base URL, e.g. `/jobs/job_123`.");
  }
  let target = path;
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) {
    // absolute: only the base URL itself or below it (credentials go nowhere else)
    if (!(path === baseURL || path.startsWith(`${baseURL}/`) || path.startsWith(`${baseURL}?`))) {
      const where = path.startsWith("//") ? path.split("/")[2] : safeOrigin(path);
      throw new ScenarioError(
        `Refusing to send the client's credentials to ${where}: \`client.request\` takes a path under ${baseURL} (e.g. \`/jobs/job_123\`). Use fetch for other hosts.`,
      );
    }
    target = path.slice(baseURL.length);
  } else if (!path.startsWith("/")) {
    target = `/${path}`;
  }
  const search = query ? serializeQuery(query) : "";
  return search ? `${target}${target.includes("?") ? "&" : "?"}${search}` : target;
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin; // never the path or query, which may carry a secret
  } catch {
    return "another host";
  }
}
