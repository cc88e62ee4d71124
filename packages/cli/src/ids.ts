// Ids typed on the command line (`scenario assets get <id...>`, `tag`, `delete`, `copy`,
// `download`), checked before the first request: an id is one word the API could have made.
// A path or a file name is the usual slip (`scenario assets get hero.png`): say so.

/** What an asset id can look like: letters, digits, `_` and `-` (e.g. `asset_7Xk2pQ9sLm3n`). */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** "an asset id", "a project id". */
const a = (what: string) => `${/^[aeiou]/i.test(what) ? "an" : "a"} ${what}`;

/** The problem with `id` as an asset id, or undefined when it looks like one. */
export function idProblem(id: string, what = "asset id"): string | undefined {
  if (ID.test(id)) return undefined;
  const shown = JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);
  if (/[/\\]|\.[A-Za-z0-9]{2,5}$/.test(id)) {
    return `${shown} is not ${a(what)} (it looks like a file name; ids look like asset_7Xk2pQ9sLm3n). To upload a file: scenario assets upload <file>.`;
  }
  return `${shown} is not ${a(what)}: ids are letters, digits, "_" and "-" (e.g. asset_7Xk2pQ9sLm3n).`;
}

/** The ids in order, each once, and a problem for each one that is not an id. */
export function checkIds(operands: readonly string[], what = "asset id") {
  const problems: string[] = [];
  const ids: string[] = [];
  for (const operand of operands) {
    const problem = idProblem(operand, what);
    if (problem) problems.push(problem);
    else if (!ids.includes(operand)) ids.push(operand);
  }
  return { ids, problems };
}
