import { describe, expect, test } from 'vitest';
import { actionFields, givenFieldsOf, measureFields, outcomeFields, priorityFields, sameValue } from '../../../../src/lib/import/entity-fields';
import type { PlanModel } from '../../../../src/lib/import/plan-model';
import { editableFields, fieldValue, withField, yamlOf } from '../../../../src/lib/import/yaml-fields';

const modelGiving = (given: Partial<Record<keyof PlanModel['given'], string[]>>): PlanModel =>
  ({
    given: {
      priorities: new Set(given.priorities ?? []),
      outcomes: new Set(given.outcomes ?? []),
      actions: new Set(given.actions ?? []),
      measures: new Set(given.measures ?? []),
    },
  }) as PlanModel;

describe('yamlOf', () => {
  test('text double-quoted, file names and numbers plain, lists one item per line, blanks left out', () => {
    expect(
      yamlOf([
        ['title', 'Open: a #1 jobs hub'],
        ['reference', undefined],
        ['outcome', 'fair-work'],
        ['order', 2],
        ['partners', ['DWP', 'chamber-of-commerce']],
        ['themes', []],
        ['status', 'in progress'],
        ['baseline', { period: '2021/22', value: 62, text: '62%' }],
      ]),
    ).toBe(
      'title: "Open: a #1 jobs hub"\noutcome: fair-work\norder: 2\npartners:\n  - "DWP"\n  - chamber-of-commerce\nstatus: "in progress"\nbaseline:\n  period: "2021/22"\n  value: 62\n  text: "62%"\n',
    );
  });

  test('words YAML would read as something else, and numbers written as text, stay text', () => {
    expect(yamlOf([['a', 'yes'], ['b', 'null'], ['c', '2025'], ['d', 'no']])).toBe('a: "yes"\nb: "null"\nc: "2025"\nd: "no"\n');
  });

  test('a long title is not folded', () => {
    const title = 'Work with employers across the area to agree and deliver a shared commitment to paying the real living wage by the end of the plan';
    expect(yamlOf([['title', title]])).toBe(`title: "${title}"\n`);
  });
});

describe('withField and fieldValue', () => {
  test('a changed field keeps its place; the other lines, comments and blank lines are kept', () => {
    let yaml = '# Set by hand\ntitle: Old title\n\n# about partners\npartners:\n  - DWP\nlead: "Jo"\n';
    yaml = withField(yaml, 'partners', ['DWP', 'NHS Anytown']);
    yaml = withField(yaml, 'status', 'complete');
    expect(yaml).toBe('# Set by hand\ntitle: Old title\n\n# about partners\npartners:\n  - "DWP"\n  - "NHS Anytown"\nlead: "Jo"\nstatus: complete\n');
    expect(fieldValue(editableFields(yaml), 'partners')).toEqual(['DWP', 'NHS Anytown']);
    expect(fieldValue(editableFields(yaml), 'missing')).toBeUndefined();
  });

  test('a plain value is replaced up to its comment, which stays where it was', () => {
    expect(withField('lead:    Jo   # acting\nstatus: "not started"\n', 'lead', 'Sam')).toBe('lead: "Sam"   # acting\nstatus: "not started"\n');
  });

  test('a list can replace a plain value, and a plain value a list', () => {
    expect(withField('partners: DWP\nlead: Jo\n', 'partners', ['DWP', 'NHS'])).toBe('partners:\n  - "DWP"\n  - "NHS"\nlead: Jo\n');
    expect(withField('partners:\n- DWP\n- NHS\nlead: Jo\n', 'partners', 'DWP')).toBe('partners: "DWP"\nlead: Jo\n');
  });

  test('an empty file, or one without a last line ending, gets the field at the end', () => {
    expect(withField('', 'title', 'New')).toBe('title: "New"\n');
    expect(withField('title: "A"', 'order', 2)).toBe('title: "A"\norder: 2\n');
    expect(fieldValue(editableFields(''), 'title')).toBeUndefined();
  });

  test('a file with Windows line endings keeps them', () => {
    expect(withField('title: "A"\r\npartners:\r\n  - DWP\r\n', 'partners', ['DWP', 'NHS'])).toBe('title: "A"\r\npartners:\r\n  - "DWP"\r\n  - "NHS"\r\n');
  });
});

describe('entity fields', () => {
  test('an action’s fields in the order plansite’s files give them; one aim is written as its id', () => {
    const fields = actionFields({ id: 'hub', title: 'Open a jobs hub', outcome: 'fair-work', order: 1, improvementAim: ['jobs'], lead: 'Jo', measures: [], at: 'Actions!C2' });
    expect(fields.filter(([, value]) => value !== undefined)).toEqual([
      ['title', 'Open a jobs hub'],
      ['outcome', 'fair-work'],
      ['order', 1],
      ['improvementAim', 'jobs'],
      ['lead', 'Jo'],
      ['measures', []],
    ]);
    expect(actionFields({ id: 'hub', title: 'T', outcome: 'o', order: 1, improvementAim: ['a', 'b'], at: 'x' }).find(([key]) => key === 'improvementAim')![1]).toEqual(['a', 'b']);
    expect(actionFields({ id: 'hub', title: 'T', outcome: 'o', order: 1, improvementAim: [], at: 'x' }).find(([key]) => key === 'improvementAim')![1]).toBeUndefined();
  });

  test('a measure is quantitative unless it says, its points keep only what they have, and its source is a name', () => {
    const fields = Object.fromEntries(measureFields({ id: 'm', title: 'Jobs', at: 'x', baseline: { text: '62%' }, target: { text: '70% by 2026', value: 70, period: '2026' }, source: 'DWP' }));
    expect(fields).toMatchObject({ kind: 'quantitative', baseline: { text: '62%' }, target: { period: '2026', value: 70, text: '70% by 2026' }, source: { name: 'DWP' } });
  });

  test('outcomes and priorities', () => {
    expect(Object.fromEntries(priorityFields({ id: 'p', title: 'A fairer Anytown', reference: 'SO1', number: 1, inShort: 'Fairer', at: 'x' }))).toEqual({ title: 'A fairer Anytown', reference: 'SO1', number: 1, inShort: 'Fairer' });
    const outcome = Object.fromEntries(outcomeFields({ id: 'o', title: 'Fair work', priority: 'p', order: 2, inShort: 'Work', improvementAims: [], at: 'x' }));
    expect(outcome).toMatchObject({ title: 'Fair work', priority: 'p', order: 2, improvementAims: undefined });
  });
});

describe('givenFieldsOf', () => {
  test('a title column also gives the reference, and an action’s outcome', () => {
    const model = modelGiving({ actions: ['title', 'lead', 'measure', 'improvementAim'], priorities: ['title', 'number'] });
    expect([...givenFieldsOf('actions', model)].sort()).toEqual(['improvementAim', 'lead', 'measure', 'measures', 'outcome', 'reference', 'title']);
    expect([...givenFieldsOf('priorities', model)].sort()).toEqual(['number', 'reference', 'title']);
    expect([...givenFieldsOf('outcomes', model)]).toEqual([]);
  });

  test('any baseline or target column gives the whole point; an owner column gives no field of its own', () => {
    const model = modelGiving({ measures: ['title', 'baselineValue', 'targetPeriod', 'for'] });
    expect([...givenFieldsOf('measures', model)].sort()).toEqual(['baseline', 'baselineValue', 'for', 'reference', 'target', 'targetPeriod', 'title']);
  });

  test('does not change the model’s own sets', () => {
    const model = modelGiving({ actions: ['title'] });
    givenFieldsOf('actions', model);
    expect([...model.given.actions]).toEqual(['title']);
  });
});

describe('sameValue', () => {
  test('completion targets are the same when the site shows and dates them the same', () => {
    expect(sameValue('completionTarget', '31/03/2026', '31 March 2026')).toBe(true);
    expect(sameValue('completionTarget', 'March 2026', 'Mar 2026')).toBe(false);
    expect(sameValue('completionTarget', 'March 2026', 'April 2026')).toBe(false);
  });

  test('one aim is the same as a list of that one aim', () => {
    expect(sameValue('improvementAim', 'jobs', ['jobs'])).toBe(true);
    expect(sameValue('improvementAim', undefined, [])).toBe(true);
    expect(sameValue('improvementAim', ['jobs', 'pay'], ['pay', 'jobs'])).toBe(false);
  });

  test('text is trimmed, an empty list is no list, and the order of an object’s keys does not matter', () => {
    expect(sameValue('title', ' Fair work ', 'Fair work')).toBe(true);
    expect(sameValue('themes', [], undefined)).toBe(true);
    expect(sameValue('baseline', { text: '62%', value: 62 }, { value: 62, text: '62%' })).toBe(true);
    expect(sameValue('baseline', { text: '62%', value: 62 }, { text: '62%' })).toBe(false);
    expect(sameValue('order', 1, '1')).toBe(false);
  });
});
