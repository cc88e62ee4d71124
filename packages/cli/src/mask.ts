/**
 * Enough of an API key to recognise it, never enough to use it: at most a quarter of it from
 * each end (4 characters at most), and nothing of a key shorter than 8.
 */
export function maskKey(key: string): string {
  const shown = Math.min(4, Math.floor(key.length / 4));
  if (key.length < 8) return `(hidden, ${key.length} characters)`;
  return `${key.slice(0, shown)}…${key.slice(-shown)}`;
}
