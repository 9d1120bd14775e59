/**
 * Reads `git log --format=@%cs --name-only` output (newest commit first) into the date each
 * file last changed. The first date seen for a file is its latest.
 */
export function lastChangedFromGitLog(log: string): Map<string, string> {
  const changed = new Map<string, string>();
  let date: string | undefined;
  for (const rawLine of log.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (line.startsWith('@')) {
      date = line.slice(1);
      continue;
    }
    if (date && !changed.has(line)) changed.set(line, date);
  }
  return changed;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-23" → "23 November 2026". */
export function formatDate(isoDate: string): string {
  return DATE_FORMAT.format(new Date(`${isoDate}T00:00:00Z`));
}
