// Unknown options, for commands that take files: commander is told to let them through (so they
// are listed with every other problem, not one at a time), and each gets a "did you mean".

/** The known flag closest to a mistyped one, for "did you mean". */
export function suggestFlag(flag: string, known: readonly string[]): string | undefined {
  const name = flag.split("=")[0]!;
  let best: [string, number] | undefined;
  for (const candidate of known) {
    const d = editDistance(name, candidate);
    if (!best || d < best[1]) best = [candidate, d];
  }
  return best && best[1] <= 3 ? best[0] : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
