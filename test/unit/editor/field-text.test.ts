import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { editFields, editPage, fieldLines } from '../../../src/editor/field-text';

const ACTION_ORDER = ['title', 'reference', 'outcome', 'order', 'description', 'lead', 'partners', 'completionTarget', 'status', 'measures', 'themes', 'hideThisPage'];
const action = `title: "Parents report increased confidence: within 12 months"
outcome: emotional-wellbeing
order: 4
# Who leads, as the plan names them.
lead: "Simon Boker Ingram, Chair of GIRFEC Leadership Group"
completionTarget: "2021-26"
measures:
  - co-designed-parent-supports
  - tier-2-reports-parent-support

themes: [mental-wellbeing, family-support]
`;

/** The lines of `after` that differ from `before`'s, as a diff would show them. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

describe('saving a file writes only what changed', () => {
  test('the same values give the same bytes, whatever their style', () => {
    expect(editFields(action, parse(action), ACTION_ORDER)).toBe(action);
  });

  test('a new status is one added line, in the schema’s place, written plain', () => {
    const after = editFields(action, { ...parse(action), status: 'in progress' }, ACTION_ORDER, { status: 'not stated' });
    expect(changedLines(action, after)).toEqual({ removed: [], added: ['status: in progress'] });
    expect(after.split('\n').indexOf('status: in progress')).toBe(after.split('\n').indexOf('measures:') - 1);
  });

  test('a changed value rewrites its own line and keeps its comment', () => {
    const after = editFields(action, { ...parse(action), lead: 'Head of Education' }, ACTION_ORDER);
    expect(changedLines(action, after)).toEqual({ removed: ['lead: "Simon Boker Ingram, Chair of GIRFEC Leadership Group"'], added: ['lead: "Head of Education"'] });
    expect(after).toContain('# Who leads, as the plan names them.\nlead: "Head of Education"\n');
  });

  test('a changed list rewrites that list only, in block style', () => {
    const after = editFields(action, { ...parse(action), measures: ['co-designed-parent-supports'] }, ACTION_ORDER);
    expect(changedLines(action, after)).toEqual({ removed: ['  - tier-2-reports-parent-support'], added: [] });
    expect(after).toContain('themes: [mental-wellbeing, family-support]');
  });

  test('an emptied field is removed, and a default left out is not added', () => {
    const { lead: _lead, ...rest } = parse(action) as Record<string, unknown>;
    const after = editFields(action, { ...rest, hideThisPage: false, partners: [] }, ACTION_ORDER, { hideThisPage: false, partners: [] });
    expect(changedLines(action, after)).toEqual({ removed: ['lead: "Simon Boker Ingram, Chair of GIRFEC Leadership Group"'], added: [] });
  });

  test('a field the schema does not have is kept for the check to report', () => {
    const withTypo = `${action}stauts: complete\n`;
    expect(editFields(withTypo, parse(action), ACTION_ORDER)).toBe(withTypo);
  });

  test('text is quoted where plain YAML would change its meaning, and lower-case words are plain', () => {
    expect(fieldLines('completionTarget', '2023-03-31')).toBe('completionTarget: "2023-03-31"\n');
    expect(fieldLines('title', 'Safe: at home')).toBe('title: "Safe: at home"\n');
    expect(fieldLines('status', 'on hold')).toBe('status: on hold\n');
    expect(fieldLines('status', 'no')).toBe('status: "no"\n');
    expect(fieldLines('partners', ['Police Scotland', 'NHS Grampian'])).toBe('partners:\n  - "Police Scotland"\n  - "NHS Grampian"\n');
  });
});

describe('a page’s fields and text', () => {
  const page = '---\ntitle: "Safe at home"\npriority: better-future\norder: 1\ninShort: "Children are safe."\n---\n\nThe outcome\'s text.\n';
  const order = ['title', 'priority', 'order', 'group', 'inShort'];

  test('the text unchanged and one field changed is a one-line change', () => {
    const after = editPage(page, { ...parse(page.split('---')[1]!), order: 2 }, "The outcome's text.", order);
    expect(changedLines(page, after)).toEqual({ removed: ['order: 1'], added: ['order: 2'] });
  });

  test('new text replaces the old below the fields', () => {
    expect(editPage(page, parse(page.split('---')[1]!), 'New words.', order)).toBe(page.replace("The outcome's text.", 'New words.'));
  });

  test('a new page is written as by hand', () => {
    expect(editPage(undefined, { title: 'A', priority: 'p', order: 3 }, 'Words.', order)).toBe('---\ntitle: "A"\npriority: p\norder: 3\n---\n\nWords.\n');
  });
});
