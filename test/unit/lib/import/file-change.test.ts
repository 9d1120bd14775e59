import { describe, expect, test } from 'vitest';
import type { Fields } from '../../../../src/lib/import/entity-fields';
import { entityChange, joinFile, splitFile } from '../../../../src/lib/import/file-change';
import { projectFolders } from './project-folder';

const projectWith = projectFolders('file-change');

const ACTION = 'content/city-plan/actions/jobs-hub.yaml';
const FIELDS: Fields = [
  ['title', 'Open a jobs hub'],
  ['reference', undefined],
  ['outcome', 'fair-work'],
  ['order', 1],
  ['lead', 'Head of Economy'],
  ['status', 'in progress'],
];

describe('splitFile and joinFile', () => {
  test('an .mdx file’s fields and the text after them', () => {
    expect(splitFile('---\ntitle: "A"\n---\nBody text.\n', true)).toEqual({ yaml: 'title: "A"\n', body: 'Body text.\n', fences: ['---\n', '---\n'] });
    expect(splitFile('---\n---\nBody\n', true)).toEqual({ yaml: '', body: 'Body\n', fences: ['---\n', '---\n'] });
    expect(splitFile('---\r\ntitle: "A"\r\n---\r\nBody\r\n', true)).toEqual({ yaml: 'title: "A"\r\n', body: 'Body\r\n', fences: ['---\r\n', '---\r\n'] });
    expect(splitFile('No fields here\n', true)).toEqual({ yaml: '', body: 'No fields here\n' });
    expect(splitFile('title: "A"\n', false)).toEqual({ yaml: 'title: "A"\n', body: '' });
    expect(joinFile('title: "A"\n', 'Body\n', true)).toBe('---\ntitle: "A"\n---\nBody\n');
    expect(joinFile('title: "A"\r\n', 'Body\r\n', true, ['---\r\n', '---\r\n'])).toBe('---\r\ntitle: "A"\r\n---\r\nBody\r\n');
    expect(joinFile('title: "A"\n', '', false)).toBe('title: "A"\n');
  });
});

describe('entityChange: a new file', () => {
  test('is made from all the entity’s fields', () => {
    expect(entityChange(projectWith(), ACTION, 'action', FIELDS, new Set(['title']))).toEqual({
      file: ACTION,
      change: 'create',
      text: 'title: "Open a jobs hub"\noutcome: fair-work\norder: 1\nlead: "Head of Economy"\nstatus: "in progress"\n',
      kind: 'action',
      title: 'Open a jobs hub',
      fields: [],
    });
  });

  test('an .mdx file gets its fields between the lines and its page text after them', () => {
    const change = entityChange(projectWith(), 'content/city-plan/plan.mdx', 'plan', [['title', 'City plan']], 'all', '\n\nOur plan for the city.\n\n');
    expect(change.text).toBe('---\ntitle: "City plan"\n---\n\nOur plan for the city.\n');
  });
});

describe('entityChange: a file that exists', () => {
  const HAND_WRITTEN = '# Checked with the lead officer in May\ntitle: "Open a jobs hub"\noutcome: fair-work\norder: 1\n\nlead: "Jo Bloggs" # acting\ndescription: "Written by hand."\nstatus: "not started"\n';

  test('only the fields the file gives change; every other line, comment and blank line is kept', () => {
    const root = projectWith({ [ACTION]: HAND_WRITTEN });
    const change = entityChange(root, ACTION, 'action', [...FIELDS, ['description', 'From the workbook']], new Set(['title', 'status']));
    expect(change).toMatchObject({ change: 'update', fields: ['status'], title: 'Open a jobs hub' });
    expect(change.text).toBe(HAND_WRITTEN.replace('status: "not started"', 'status: "in progress"'));
  });

  test('when nothing differs, the file keeps its exact bytes', () => {
    const text = '# my notes\r\ntitle:   Open a jobs hub\r\noutcome: fair-work\r\norder: 1\r\nlead: Head of Economy\r\nstatus: in progress\r\n';
    const root = projectWith({ [ACTION]: text });
    expect(entityChange(root, ACTION, 'action', FIELDS, 'all')).toEqual({ file: ACTION, change: 'unchanged', text, kind: 'action', title: 'Open a jobs hub', fields: [] });
  });

  test('a field the file lacks is added at the end', () => {
    const root = projectWith({ [ACTION]: 'title: "Open a jobs hub"\noutcome: fair-work\n' });
    const change = entityChange(root, ACTION, 'action', FIELDS, new Set(['lead']));
    expect(change).toMatchObject({ change: 'update', fields: ['lead'] });
    expect(change.text).toBe('title: "Open a jobs hub"\noutcome: fair-work\nlead: "Head of Economy"\n');
  });

  test('a field the import leaves blank is not taken away', () => {
    const root = projectWith({ [ACTION]: 'title: "Open a jobs hub"\nreference: "1.1.1"\n' });
    expect(entityChange(root, ACTION, 'action', [['title', 'Open a jobs hub'], ['reference', undefined]], 'all').change).toBe('unchanged');
  });

  test('a field with parts keeps the parts the import does not give', () => {
    const file = 'content/city-plan/measures/jobs.yaml';
    const root = projectWith({ [file]: 'title: "Jobs"\nsource:\n  name: "DWP"\n  url: "https://example.gov.uk/jobs"\n' });
    expect(entityChange(root, file, 'measure', [['source', { name: 'DWP' }]], 'all').change).toBe('unchanged');
    const renamed = entityChange(root, file, 'measure', [['source', { name: 'Department for Work and Pensions' }]], 'all');
    expect(renamed.text).toBe('title: "Jobs"\nsource:\n  name: "Department for Work and Pensions"\n  url: "https://example.gov.uk/jobs"\n');
  });

  test('an .mdx file keeps its page text; the report names it by its own title when the import gives none', () => {
    const file = 'content/city-plan/outcomes/fair-work.mdx';
    const root = projectWith({ [file]: '---\ntitle: "Fair work"\norder: 1\n---\n\nWhy this matters.\n\n<OutcomeProgress outcome="fair-work" />\n' });
    const change = entityChange(root, file, 'outcome', [['order', 2]], 'all', 'ignored body');
    expect(change).toMatchObject({ change: 'update', title: 'Fair work', fields: ['order'] });
    expect(change.text).toBe('---\ntitle: "Fair work"\norder: 2\n---\n\nWhy this matters.\n\n<OutcomeProgress outcome="fair-work" />\n');
  });

  test('dates the site reads the same are not a change', () => {
    const root = projectWith({ [ACTION]: 'title: "Open a jobs hub"\ncompletionTarget: "31/03/2026"\n' });
    expect(entityChange(root, ACTION, 'action', [['completionTarget', '31 March 2026']], 'all').change).toBe('unchanged');
  });
});

describe('mistakes the import once made', () => {
  // yaml-fields.ts and write-plan.ts: every other field "stays as it was". Changing only the status
  // re-writes the other fields' formatting: a list's indentation, a [flow, list], a folded
  // description's line breaks and the spaces before a comment.
  test('fields the import does not change keep their formatting', () => {
    const text = "title: 'Open a jobs hub'\npartners:\n- DWP\n- NHS\nthemes: [jobs, pay]\ndescription: >\n  Written by hand\n  over two lines.\nlead:    Jo   # acting\nstatus: \"not started\"\n";
    const root = projectWith({ [ACTION]: text });
    expect(entityChange(root, ACTION, 'action', [['status', 'complete']], 'all').text).toBe(text.replace('status: "not started"', 'status: complete'));
  });

  // yaml-fields.ts: "Changing a field of a file that exists keeps every other line, comment and
  // blank line of it as it was." A comment at the end of the file gains a blank line above it.
  test('a comment at the end of a file is kept as it was', () => {
    const root = projectWith({ [ACTION]: 'title: "Open a jobs hub"\nstatus: "not started"\n# Reviewed May 2024\n' });
    expect(entityChange(root, ACTION, 'action', [['status', 'complete']], 'all').text).toBe('title: "Open a jobs hub"\nstatus: complete\n# Reviewed May 2024\n');
  });

  // A file saved with Windows line endings comes back with Unix ones in its fields (and, in an .mdx
  // file, Windows ones in its page text): every line shows as changed, and the file's endings are mixed.
  test('a file with Windows line endings keeps them when a field changes', () => {
    const file = 'content/city-plan/outcomes/fair-work.mdx';
    const root = projectWith({ [file]: '---\r\ntitle: "Fair work"\r\norder: 1\r\n---\r\n\r\nWhy this matters.\r\n' });
    expect(entityChange(root, file, 'outcome', [['order', 2]], 'all').text).toBe('---\r\ntitle: "Fair work"\r\norder: 2\r\n---\r\n\r\nWhy this matters.\r\n');
  });
});
