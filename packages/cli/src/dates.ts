// Dates typed on the command line (`--since`, `--until`) and dates shown in a table.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export type DateFlag = { ok: true; iso: string; ms: number } | { ok: false; problem: string };

/**
 * A `--since`/`--until` value: a date (`2026-03-01`) or an ISO date-time (`2026-03-01T14:30`,
 * seconds, fractions and an offset optional). Without an offset it is UTC. A date alone is the
 * start of that day, or with `endOfDay` the start of the next one (so `--until 2026-03-01`
 * includes March 1st).
 */
export function parseDateFlag(flag: string, value: string, endOfDay = false): DateFlag {
  const date = DATE.exec(value);
  const dateTime = date ? undefined : DATE_TIME.exec(value);
  const parts = date ?? dateTime;
  const [, y, mo, d, h = "00", mi = "00", s = "00", fraction = "", zone = "Z"] = parts ?? [];
  const ms =
    parts && realDate(+y!, +mo!, +d!) && +h <= 23 && +mi <= 59 && +s <= 59 && realZone(zone)
      ? Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction.slice(0, 4)}${zoneText(zone)}`)
      : NaN;
  if (Number.isNaN(ms)) {
    return {
      ok: false,
      problem: `${flag} ${JSON.stringify(value)} is not a date: use YYYY-MM-DD or an ISO date-time such as 2026-03-01T14:30:00Z (UTC unless it has an offset like +02:00).`,
    };
  }
  const at = date && endOfDay ? ms + DAY_MS : ms;
  return { ok: true, iso: new Date(at).toISOString(), ms: at };
}

function realDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const zoneText = (zone: string) =>
  /^[Zz]$/.test(zone) ? "Z" : zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;

function realZone(zone: string): boolean {
  const m = /^[+-](\d{2}):?(\d{2})$/.exec(zone);
  return !m || (+m[1]! <= 23 && +m[2]! <= 59);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An API date (ISO) as `2026-03-02 10:15` in local time, or the date alone; as given if unreadable. */
export function formatDate(iso: string | undefined, withTime = true): string {
  if (!iso) return "";
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const day = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
  return withTime ? `${day} ${pad(t.getHours())}:${pad(t.getMinutes())}` : day;
}
