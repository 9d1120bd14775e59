import { describe, expect, test } from 'vitest';
import type { Paragraph } from '../../../../src/lib/import/grid';
import { planDetails, planKindNamed } from '../../../../src/lib/import/model-plan';
import type { PlanModel } from '../../../../src/lib/import/plan-model';
import { gridOf, layoutOf } from './grids';

const PLAN_SHEET = gridOf('Plan', [
  ['Plan title', 'Anytown Community Plan'],
  ['Partnership', 'Anytown Community Planning Partnership'],
  ['Type of plan', 'LOIP'],
  ['Council area', 'Anytown'],
  ['Plan period', '2024-2034'],
]);

describe('planKindNamed', () => {
  test.each([
    ['LOIP', 'local-outcomes-improvement-plan'],
    ['Local Outcomes Improvement Plan', 'local-outcomes-improvement-plan'],
    ['CSP', 'childrens-services-plan'],
    ['Children’s Services Plan', 'childrens-services-plan'],
    ['service plan', 'service-plan'],
    ['childrens-services-plan', 'childrens-services-plan'],
  ])('"%s" is %s', (text, kind) => {
    expect(planKindNamed(text)).toBe(kind);
  });

  test('an unknown kind is none', () => {
    expect(planKindNamed('Strategy')).toBeUndefined();
  });
});

describe('planDetails: a plan sheet and the command', () => {
  test('the plan sheet’s labels give the plan’s details, and its kind is named', () => {
    const unplaced: PlanModel['unplaced'] = [];
    expect(planDetails('anytown-plan', layoutOf([PLAN_SHEET]), {}, unplaced)).toEqual({
      id: 'anytown-plan',
      title: 'Anytown Community Plan',
      partnership: 'Anytown Community Planning Partnership',
      kind: 'local-outcomes-improvement-plan',
      area: 'Anytown',
      period: '2024-2034',
    });
    expect(unplaced).toEqual([]);
  });

  test('the command’s options win over the sheet; blank options do not', () => {
    const plan = planDetails('anytown-plan', layoutOf([PLAN_SHEET]), { title: 'Anytown Plan 2024', kind: 'CSP', area: '' }, []);
    expect(plan).toMatchObject({ title: 'Anytown Plan 2024', kind: 'childrens-services-plan', area: 'Anytown' });
  });

  test('a kind the import does not know is kept as written, for the check to name', () => {
    expect(planDetails('p', layoutOf([]), { kind: 'Strategy' }, []).kind).toBe('Strategy');
  });
});

describe('planDetails: a Word document’s paragraphs', () => {
  const paragraphs: Paragraph[] = [
    { text: 'Anytown Children’s Services Plan', heading: 1 },
    { text: 'This plan sets out what we will do.' },
    { text: 'Our vision', heading: 2 },
    { text: 'Every child safe.' },
    { text: 'Every child loved.' },
    { text: 'Our principles', heading: 2 },
    { text: '1. Children first\nWe put children first.', listItem: true },
    { text: 'Working together', listItem: true },
    { text: 'We agreed these with partners.' },
    { text: 'PRIORITY 1: Safe children', heading: 2, beforeTable: 1 },
    { text: 'Notes between the tables.' },
    { text: 'PRIORITY 2: Healthy children', heading: 2, beforeTable: 2 },
    { text: 'Contact us at the council.' },
  ];

  test('the first heading is the title, then vision, principles and introduction', () => {
    const unplaced: PlanModel['unplaced'] = [];
    const plan = planDetails('csp', layoutOf([], {}, paragraphs, 'docx'), {}, unplaced);
    expect(plan).toEqual({
      id: 'csp',
      title: 'Anytown Children’s Services Plan',
      introduction: ['This plan sets out what we will do.', 'We agreed these with partners.'],
      vision: 'Every child safe. Every child loved.',
      principles: [{ title: 'Principles', principles: [{ title: 'Children first', text: 'We put children first.' }, { title: 'Working together' }] }],
    });
    const why = 'text between or after the action-plan tables has no place in the plan’s pages; add it to a page by hand if it is needed';
    expect(unplaced).toEqual([
      { at: 'the document, after the first table', text: 'Notes between the tables.', why },
      { at: 'the document, after the first table', text: 'Contact us at the council.', why },
    ]);
  });

  test('the plan sheet and the command win over the document', () => {
    const layout = layoutOf([PLAN_SHEET], {}, paragraphs, 'docx');
    expect(planDetails('csp', layout, {}, []).title).toBe('Anytown Community Plan');
    expect(planDetails('csp', layout, { title: 'From the command' }, []).title).toBe('From the command');
  });

  test('a document with no tables: every paragraph is read, none is listed as not placed', () => {
    const unplaced: PlanModel['unplaced'] = [];
    const plan = planDetails('csp', layoutOf([], {}, [{ text: 'Plan', heading: 1 }, { text: 'One.' }, { text: 'Two.' }], 'docx'), {}, unplaced);
    expect(plan.introduction).toEqual(['One.', 'Two.']);
    expect(unplaced).toEqual([]);
  });
});

describe('mistakes the import once made', () => {
  // PlanModel.unplaced: "Text the import could not place … never dropped silently". A paragraph under
  // a "Priority 1" heading before the first table (a priority's introduction) is neither read into
  // the plan nor listed as not placed.
  test('a paragraph under a priority heading before the first table is not dropped silently', () => {
    const unplaced: PlanModel['unplaced'] = [];
    const plan = planDetails(
      'csp',
      layoutOf([], {}, [{ text: 'The plan', heading: 1 }, { text: 'PRIORITY 1: Safe children', heading: 2 }, { text: 'Children are safe at home and at school.' }, { text: 'What we will do', heading: 3, beforeTable: 1 }], 'docx'),
      {},
      unplaced,
    );
    const kept = [...(plan.introduction ?? []), ...unplaced.map((entry) => entry.text)];
    expect(kept).toContain('Children are safe at home and at school.');
  });
});
