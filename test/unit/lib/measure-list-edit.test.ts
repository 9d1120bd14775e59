import { describe, expect, test } from 'vitest';
import { editFrontmatter, withMeasureListed } from '../../../src/lib/measure-list-edit';

describe('adding a measure to its owner', () => {
  const owner = `# The outcome.
title: "A title that is long enough that a YAML printer with its default settings would wrap it onto two lines"
priority: better-future   # a comment on the same line
order: 1

measures:
  - first-measure # the first
themes: [safe]
`;

  test('appends to the list and keeps every other line exactly as written', () => {
    const result = withMeasureListed(owner, 'second-measure');
    expect(result).toEqual({ ok: true, text: owner.replace('  - first-measure # the first\n', '  - first-measure # the first\n  - second-measure\n') });
  });

  test('turns an empty [] into a list with one measure per line, and adds a list where there is none', () => {
    expect(withMeasureListed('title: x\nmeasures: []\nthemes: []\n', 'new')).toEqual({ ok: true, text: 'title: x\nmeasures:\n  - new\nthemes: []\n' });
    expect(withMeasureListed('title: x\nmeasures: [] # none yet\n', 'new')).toEqual({ ok: true, text: 'title: x\nmeasures:\n  - new # none yet\n' });
    expect(withMeasureListed('title: x\nmeasures:\nthemes: []\n', 'new')).toEqual({ ok: true, text: 'title: x\nmeasures:\n  - new\nthemes: []\n' });
    expect(withMeasureListed('title: x\n', 'new')).toEqual({ ok: true, text: 'title: x\nmeasures:\n  - new\n' });
    expect(withMeasureListed('title: x', 'new')).toEqual({ ok: true, text: 'title: x\nmeasures:\n  - new\n' });
  });

  test('keeps a list written on one line on one line, and keeps Windows line endings', () => {
    expect(withMeasureListed('measures: [a, b]   # two\n', 'new')).toEqual({ ok: true, text: 'measures: [a, b, new]   # two\n' });
    expect(withMeasureListed('title: x\r\nmeasures:\r\n    - a\r\nthemes: []\r\n', 'new')).toEqual({ ok: true, text: 'title: x\r\nmeasures:\r\n    - a\r\n    - new\r\nthemes: []\r\n' });
  });

  test('does not list a measure twice, and says when the list cannot be edited', () => {
    expect(withMeasureListed(owner, 'first-measure')).toEqual({ ok: true, text: owner });
    expect(withMeasureListed('measures: first\n', 'new')).toEqual({ ok: false, error: 'its `measures:` is not a list' });
    expect(withMeasureListed('title: "unclosed\n', 'new').ok).toBe(false);
  });

  test('edits only the fields at the top of an .mdx file, keeping its text', () => {
    const mdx = '---\ntitle: x\nmeasures: []\n---\n\nSome text.\n\n---\n\nMore text after a rule.\n';
    expect(editFrontmatter(mdx, (yaml) => withMeasureListed(yaml, 'new'))).toEqual({
      ok: true,
      text: '---\ntitle: x\nmeasures:\n  - new\n---\n\nSome text.\n\n---\n\nMore text after a rule.\n',
    });
    expect(editFrontmatter('No fields here.\n', (yaml) => ({ ok: true, text: yaml })).ok).toBe(false);
  });
});
