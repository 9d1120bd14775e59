import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { columnNamesTable, statusWordsTable } from '../../../../src/lib/import/synonyms-table';

const guide = readFileSync(new URL('../../../../docs/authoring.md', import.meta.url), 'utf8');

/** The text between a pair of markers in the guide. */
function printed(name: string): string {
  const match = new RegExp(`<!-- ${name}:start[^>]*-->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(guide);
  if (!match) throw new Error(`docs/authoring.md has no <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
  return match[1]!;
}

describe('docs/authoring.md prints the import’s own tables', () => {
  test('the column names are those in src/lib/import/synonyms.ts', () => {
    expect(printed('import-column-names')).toBe(columnNamesTable());
  });

  test('the progress words are those in src/lib/import/status-words.ts', () => {
    expect(printed('import-status-words')).toBe(statusWordsTable());
  });

  test('the tables name the column names from the issue councils use', () => {
    const table = columnNamesTable();
    for (const name of ['"timescale"', '"target date"', '"by when"', '"lead officer"', '"responsible"', '"how will we know"', '"kpi"', '"rag"', '"commentary"', '"better if"']) {
      expect(table).toContain(name);
    }
  });
});
