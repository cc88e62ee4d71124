// Reads the operations of the `/assets` family and the `/uploads` flow from the facts file
// (../shared/api/assets-family.md, kept outside the repository): each operation heading's method
// and path, and each parameter row's name, place (path/query/body), requiredness, status
// (SEEN/INFERRED) and cited sources (F-numbers). Also the Upload object's table (§4.2).
//
// spec/family-facts.json is curated by hand from that file; spec/test/family-facts.test.ts uses
// this reader to check that the curated facts agree with the file when it is present.
//
// Usage: node scripts/extract-family-rows.mjs [path/to/assets-family.md]   (prints JSON)
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "./lib/run-main.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_FAMILY_FILE = resolve(root, "../shared/api/assets-family.md");

class FamilyFormatError extends Error {
  name = "FamilyFormatError";
}

const PLACES = { Q: "query", P: "path", B: "body" };
const HEADING = /^### ([AU]\d+)\. (.+)$/;
const ENDPOINT = /`(GET|POST|PUT|PATCH|DELETE) (\/[^`\s]*)`/g;

/**
 * "SEEN text F26; enum INFERRED" → { status: "SEEN", partlyInferred: true, sources: ["F26"] }:
 * the first status word, whether part of the row is inferred, and every F-number cited.
 */
export function readStatus(text) {
  const status = /\b(SEEN|INFERRED)\b/.exec(text)?.[1] ?? null;
  const partlyInferred = status === "SEEN" && /\bINFERRED\b/.test(text);
  const sources = new Set();
  for (const [, from, to] of text.matchAll(/\bF(\d+)(?:[–-]F(\d+))?\b/g)) {
    for (let n = Number(from); n <= Number(to ?? from); n++) sources.add(`F${n}`);
  }
  return { status, partlyInferred, sources: [...sources].sort((a, b) => a.slice(1) - b.slice(1)) };
}

const cells = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());
const plain = (cell) => cell.replaceAll("*", "").replaceAll("`", "").trim();

/** Rows of the first table whose header has a `Where` and a `Req` column, from `lines`. */
function readTable(lines) {
  const start = lines.findIndex((l) => l.startsWith("|") && /\|\s*Where\s*\|/.test(l));
  if (start < 0) return null;
  const header = cells(lines[start]);
  const col = (test) => header.findIndex(test);
  const where = col((h) => h === "Where");
  const req = col((h) => h === "Req");
  const status = col((h) => h.startsWith("Status"));
  if (req < 0 || status < 0)
    throw new FamilyFormatError(`table without Req/Status: ${lines[start]}`);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const row = cells(line);
    const place = PLACES[plain(row[where]).charAt(0)];
    const required = plain(row[req]).split(/\s/)[0];
    if (!place || !["yes", "no"].includes(required)) {
      throw new FamilyFormatError(`cannot read row: ${line}`);
    }
    rows.push({
      name: plain(row[0]),
      in: place,
      required: required === "yes",
      ...readStatus(row[status]),
    });
  }
  return rows;
}

/**
 * Parameters given in prose instead of a table: "Params: `jobId` (P, required); `projectId`
 * (Q, optional) — SEEN F6." (A13, U2), or A2's bullets "- Q: `a` (bool), `b` — SEEN …" and
 * "- B: `name` (required), `image` (…), … — SEEN …" (continued on indented lines).
 */
function readProse(lines) {
  const text = lines.join("\n").replace(/\n {2,}/g, " ");
  const rows = [];
  const params = /^Params: (.+)$/m.exec(text);
  if (params) {
    const [list, status = ""] = params[1].split(" — ");
    for (const [, name, place, req] of list.matchAll(/`(\w+)` \(([PQB]), (required|optional)/g)) {
      rows.push({ name, in: PLACES[place], required: req === "required", ...readStatus(status) });
    }
  }
  for (const [, place, body] of text.matchAll(/^- ([QPB]): (.+)$/gm)) {
    const [list, status = ""] = body.split(" — ");
    for (const [, name, note] of list.matchAll(/`(\w+)`(?: \(([^)]*)\))?/g)) {
      rows.push({ name, in: PLACES[place], required: note === "required", ...readStatus(status) });
    }
  }
  return rows;
}

/** Every operation section: { id, endpoints: [{ method, path }], rows }. */
export function readOperations(text) {
  const lines = text.split(/\r?\n/);
  const operations = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = HEADING.exec(lines[i]);
    if (!heading) continue;
    let end = lines.findIndex((l, j) => j > i && /^#{2,3} /.test(l));
    if (end < 0) end = lines.length;
    const body = lines.slice(i + 1, end);
    const endpoints = [...heading[2].matchAll(ENDPOINT)].map(([, method, path]) => ({
      method,
      path,
    }));
    if (endpoints.length === 0) continue; // a section about the operations (U4), not one
    operations.push({ id: heading[1], endpoints, rows: readTable(body) ?? readProse(body) });
  }
  if (operations.length === 0) throw new FamilyFormatError("no operation headings (### A1. …)");
  return operations;
}

/** The Upload object's table (§4.2): { name, required } per field. */
export function readUploadFields(text) {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => l.startsWith("### 4.2 Upload object"));
  if (at < 0) throw new FamilyFormatError("section 4.2 (Upload object) not found");
  const start = lines.findIndex((l, i) => i > at && l.startsWith("| Field |"));
  const header = cells(lines[start]);
  const req = header.indexOf("Req");
  const fields = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const row = cells(line);
    fields.push({ name: plain(row[0]), required: plain(row[req]) === "yes" });
  }
  return fields;
}

function main(argv) {
  const file = argv[0] ?? DEFAULT_FAMILY_FILE;
  if (!existsSync(file)) {
    console.error(`error: facts file not found at ${file}; pass its path as the first argument.`);
    return 2;
  }
  const text = readFileSync(file, "utf8");
  const out = { operations: readOperations(text), upload: readUploadFields(text) };
  console.log(JSON.stringify(out, null, 2));
  return 0;
}

runMain(import.meta.url, main, { InputError: FamilyFormatError, what: "the facts file" });
