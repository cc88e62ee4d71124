// Words one api-smart-diff change for users: which operation, where in it (parameter, request
// body, response N), which field (`asset.status`, `assets[].tags`), and what happened to it.
// The library's own sentence is the fallback; it is sometimes empty for a schema reached twice.

const VERB = { add: "added", remove: "removed", replace: "changed", rename: "renamed" };
const COMBINERS = new Set(["allOf", "oneOf", "anyOf"]);

/**
 * `{ operation, text }` for one change; `operation` is "METHOD /path" or "". `docs` (the two
 * documents) lets a parameter's `required` flip be worded from the parameter itself.
 */
export function describeChange(diff, docs = {}) {
  const { path, action } = diff;
  if (path[0] !== "paths" || path.length < 3) return { operation: "", text: fallback(diff) };
  const operation = `${String(path[2]).toUpperCase()} ${path[1]}`;
  if (path.length === 3) return { operation, text: `operation ${VERB[action]}` };
  if (path[3] === "parameters" && path.length === 4 && Array.isArray(diff.after ?? diff.before)) {
    const params = (diff.after ?? diff.before).map(parameterText);
    if (params.every(Boolean)) return { operation, text: `${params.join(", ")} ${VERB[action]}` };
  }
  if (path[3] === "parameters" && path.length === 5) {
    const param = parameterText(diff.action === "add" ? diff.after : diff.before);
    if (param) return { operation, text: `${param} ${VERB[action]}` };
  }
  if (path[3] === "parameters" && path[5] === "required" && path.length === 6) {
    const param = parameterAt(docs.after, path) ?? parameterAt(docs.before, path);
    const text = parameterText({ ...param, required: false });
    if (text && (diff.description ?? "").includes(`\`${param.name}\``)) {
      return { operation, text: `${text} is now ${diff.after === true ? "required" : "optional"}` };
    }
  }
  const schemaAt = path.indexOf("schema");
  if (schemaAt < 0 || path[3] === "parameters") return { operation, text: fallback(diff) };
  const where = path[3] === "responses" ? `response ${path[4]}` : "request body";
  const change = schemaChange(path.slice(schemaAt + 1), diff, path[3] === "responses");
  return { operation, text: `${where}: ${change}` };
}

/** The field a schema path points into, e.g. ["properties","asset","properties","id"] → asset.id. */
function fieldName(parts) {
  let name = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === "properties" && i + 1 < parts.length) name += `${name ? "." : ""}${parts[++i]}`;
    else if (part === "items") name += "[]";
    else if (part === "additionalProperties") name += "{}";
    else if (COMBINERS.has(part)) i++;
  }
  return name || "(body)";
}

function schemaChange(parts, diff, inResponse) {
  const { action } = diff;
  const last = parts[parts.length - 1];
  const parent = parts[parts.length - 2];
  if (parent === "properties") return `field \`${fieldName(parts)}\` ${VERB[action]}`;
  if (parent === "required") {
    const field = `\`${joinField(fieldName(parts.slice(0, -2)), diff.after ?? diff.before)}\``;
    if (action === "add")
      return `field ${field} is now ${inResponse ? "always present" : "required"}`;
    if (action === "remove")
      return `field ${field} ${inResponse ? "may now be absent" : "is now optional"}`;
  }
  if (parent === "enum") {
    const field = `\`${fieldName(parts.slice(0, -2))}\``;
    if (action === "add") return `${field} can be ${show(diff.after)}`;
    if (action === "remove") return `${field} can no longer be ${show(diff.before)}`;
    return `${field}: value ${show(diff.before)} replaced by ${show(diff.after)}`;
  }
  const field = `\`${fieldName(parts.slice(0, -1))}\``;
  if (action === "replace")
    return `${last} of ${field} changed from ${show(diff.before)} to ${show(diff.after)}`;
  return `${last} of ${field} ${VERB[action]}${action === "add" ? ` (${show(diff.after)})` : ""}`;
}

/** "required query parameter `x`" for an inline parameter (the library says "required" for any). */
function parameterText(param) {
  if (!param || typeof param.name !== "string" || typeof param.in !== "string") return undefined;
  return `${param.required === true ? "required " : ""}${param.in} parameter \`${param.name}\``;
}

/** The parameter a diff path points at, its `$ref` to components followed. */
function parameterAt(doc, path) {
  let param = doc?.paths?.[path[1]]?.[path[2]]?.parameters?.[path[4]];
  const ref = param?.$ref;
  if (typeof ref === "string" && ref.startsWith("#/components/parameters/")) {
    param = doc.components?.parameters?.[ref.slice("#/components/parameters/".length)];
  }
  return param && typeof param === "object" ? param : undefined;
}

const joinField = (parent, name) => (parent === "(body)" ? String(name) : `${parent}.${name}`);

/** A value in a sentence: JSON, cut short. */
function show(value) {
  const text = value === undefined ? "nothing" : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The library's sentence turned around ("[Added] query parameter `a`" → "query parameter `a` added"). */
function fallback(diff) {
  const match = /^\[(\w+)\]\s*(.*)$/.exec((diff.description ?? "").trim());
  if (match && match[2]) {
    const verb = { Added: "added", Removed: "removed", Replaced: "changed", Renamed: "renamed" };
    return `${match[2]} ${verb[match[1]] ?? match[1].toLowerCase()}`;
  }
  return `${diff.path.slice(3).join(".") || diff.path.join(".")} ${VERB[diff.action]}`;
}
