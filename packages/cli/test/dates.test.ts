import { describe, expect, test } from "vitest";
import { formatDate, parseDateFlag } from "../src/dates.js";

describe("parseDateFlag", () => {
  test.each([
    ["2026-03-01", false, "2026-03-01T00:00:00.000Z"],
    ["2026-03-01", true, "2026-03-02T00:00:00.000Z"],
    ["2024-02-29", true, "2024-03-01T00:00:00.000Z"],
    ["2026-12-31", true, "2027-01-01T00:00:00.000Z"],
    ["2026-03-01T14:30", false, "2026-03-01T14:30:00.000Z"],
    ["2026-03-01T14:30", true, "2026-03-01T14:30:00.000Z"],
    ["2026-03-01 14:30:15", false, "2026-03-01T14:30:15.000Z"],
    ["2026-03-01T14:30:15.123456Z", false, "2026-03-01T14:30:15.123Z"],
    ["2026-03-01T14:30+02:00", false, "2026-03-01T12:30:00.000Z"],
    ["2026-03-01T14:30-0530", false, "2026-03-01T20:00:00.000Z"],
  ])("%s (end of day: %s) → %s", (value, endOfDay, iso) => {
    expect(parseDateFlag("--since", value, endOfDay)).toMatchObject({ ok: true, iso });
  });

  test.each([
    "2026-02-29",
    "2026-13-01",
    "2026-3-1",
    "2026-03-01T24:00",
    "2026-03-01T14:60",
    "2026-03-01T14:30+25:00",
    "03/01/2026",
    "yesterday",
    "1740000000",
    "",
  ])("refuses %j, saying which flag and what to type", (value) => {
    const result = parseDateFlag("--until", value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/^--until ".*" is not a date: use YYYY-MM-DD/);
  });
});

describe("formatDate", () => {
  test("a date and minutes, or the date alone; an unreadable one as given", () => {
    expect(formatDate("2026-03-02T10:15:22.481Z")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(formatDate("2026-03-02T10:15:22.481Z", false)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(formatDate("soon")).toBe("soon");
    expect(formatDate(undefined)).toBe("");
  });
});
