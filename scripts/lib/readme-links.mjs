// Relative links in the READMEs point at files that exist (a published README with a dead link
// to CHANGELOG.md is the first thing a user clicks). Used by spec/test/readme-links.test.ts.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** `[text](target)` links of a markdown file that are relative paths to missing files. */
export function deadLinks(markdownPath) {
  const text = readFileSync(markdownPath, "utf8");
  const dead = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^(https?:|mailto:|#)/.test(target)) continue;
    const file = resolve(dirname(markdownPath), target.split("#")[0]);
    if (!existsSync(file)) dead.push(target);
  }
  return dead;
}
