// spec/family-facts.json against its source, ../shared/api/assets-family.md (kept outside the
// repository; skipped when absent, like the page test): the same operations (method and path),
// and for each the same parameters, in the same place (path/query/body), equally required, with
// the same status and only sources the file cites for that row. Also the Upload object's fields.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  DEFAULT_FAMILY_FILE,
  readOperations,
  readStatus,
  readUploadFields,
} from "../../scripts/extract-family-rows.mjs";
import { loadFamilyFacts } from "./spec-helpers.js";

const family = loadFamilyFacts();
const present = existsSync(DEFAULT_FAMILY_FILE);
const text = present ? readFileSync(DEFAULT_FAMILY_FILE, "utf8") : "";
const sourceOps = present ? readOperations(text) : [];

interface Row {
  name: string;
  in: string;
  required: boolean;
  status: string | null;
  partlyInferred: boolean;
  sources: string[];
}

const sources = (list: string) => (list ? list.split(/,\s*/) : []);

describe("extract-family-rows readStatus", () => {
  test.each([
    ["SEEN F13, F26; SDK sends `pageSize` F21", "SEEN", false, ["F13", "F21", "F26"]],
    ["SEEN text F26; enum INFERRED", "SEEN", true, ["F26"]],
    ["INFERRED (X1)", "INFERRED", false, []],
    ["SEEN F1–F8 (Gen-B)", "SEEN", false, ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8"]],
  ])("reads %s", (cell, status, partlyInferred, cited) => {
    expect(readStatus(cell)).toEqual({ status, partlyInferred, sources: cited });
  });
});

describe.skipIf(!present)("family facts against ../shared/api/assets-family.md", () => {
  test("the operations are the file's, less the legacy public listing (A15)", () => {
    const inFile = sourceOps
      .filter((op) => op.id !== "A15")
      .map((op) => `${op.id} ${op.endpoints[0].method} ${op.endpoints[0].path}`);
    const inFacts = family.operations.map((op) => `${op.fact} ${op.method} ${op.path}`);
    expect(inFacts.sort()).toEqual(inFile.sort());
    const legacy = sourceOps.find((op) => op.id === "A15")!.endpoints;
    for (const { method, path } of legacy) {
      expect(family.absent).toContainEqual(expect.objectContaining({ method, path }));
    }
  });

  for (const op of family.operations) {
    test(`${op.fact} ${op.operationId}: every parameter row agrees (name, place, Req, status, sources)`, () => {
      const rows: Row[] = sourceOps.find((o) => o.id === op.fact)!.rows;
      expect(op.params.map((p) => p.wire).sort(), "the same parameters").toEqual(
        rows.map((r) => r.name).sort(),
      );
      for (const param of op.params) {
        const row = rows.find((r) => r.name === param.wire)!;
        const where = `${op.fact}.${param.wire}`;
        expect(param.in, `${where}: place`).toBe(row.in);
        expect(param.required, `${where}: required`).toBe(row.required);
        expect(param.status, `${where}: status`).toBe(row.status);
        for (const cited of sources(param.source)) {
          expect(row.sources, `${where}: ${cited} is cited by the row`).toContain(cited);
        }
        if (row.partlyInferred) {
          expect(param.inferred, `${where}: the row is partly inferred`).toBeTruthy();
        }
      }
    });
  }

  test("the Upload object has the file's fields, equally required (§4.2)", () => {
    const fields = readUploadFields(text);
    const upload = family.components.Upload!.fields;
    expect(upload.map((f) => [f.wire, f.required])).toEqual(
      fields.map((f: { name: string; required: boolean }) => [f.name, f.required]),
    );
  });

  test("quoted descriptions appear in the file word for word", () => {
    const flat = text.replace(/\s+/g, " ");
    const quotes = [
      ...family.operations.flatMap((op) => [
        op.description,
        op.summary,
        ...op.params.map((p) => p.description),
      ]),
      ...Object.values(family.parameters).map((p) => p.description),
      ...Object.values(family.components).flatMap((c) => c.fields.map((f) => f.description)),
    ].filter((q): q is string => Boolean(q));
    const fromPage = "If set to true, returns the original asset without transformation"; // F30
    for (const quote of quotes.filter((q) => q !== fromPage)) {
      expect(flat, `"${quote}"`).toContain(quote);
    }
  });
});
