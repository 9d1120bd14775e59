import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { actionSchema, measureSchema } from '../../../src/schemas';
import type { SiteIndex } from '../../../src/lib/relations';
import {
  addMeasuresToOutcome,
  cellText,
  fillDown,
  formatImportProblems,
  planImport,
  resolveColumns,
  slugFromTitle,
  toRecords,
  uniqueId,
  type ImportOptions,
  type Sheet,
} from '../../../src/lib/spreadsheet-import';
import { loadRealContent } from '../../content/helpers';

const PLAN = 'moray-csp-2020-23';
const STABLE_HOMES = 'Children and care leavers have safe, secure, stable and nurturing homes';
const KINSHIP_AIM = 'Increase the number of children and young people looked after in kinship or foster care';

let index: SiteIndex;
beforeAll(() => {
  index = loadRealContent().index;
});

/** A spreadsheet whose first row names the columns (row 1), with data from row 2. */
function sheet(header: string[], ...rows: string[][]): Sheet {
  return { file: 'actions.csv', header: { row: 1, cells: header }, rows: rows.map((cells, position) => ({ row: position + 2, cells })) };
}

function importActions(input: Sheet, options: Partial<ImportOptions> = {}, existingFiles = new Map<string, string | undefined>()) {
  return planImport(input, { kind: 'actions', plan: PLAN, ...options }, { index, existingFiles, knownTerms: new Set(['CAMHS']) });
}

function messages(result: ReturnType<typeof importActions>, file = 'actions.csv'): string[] {
  return formatImportProblems(file, result.problems);
}

describe('columns', () => {
  test('are matched to fields ignoring case, spaces and underscores', () => {
    const { columns, problems } = resolveColumns(sheet(['Title', 'OUTCOME', 'Completion target', 'improvement_aim']), 'actions');
    expect(problems).toEqual([]);
    expect(columns.map((column) => column.field)).toEqual(['title', 'outcome', 'completionTarget', 'improvementAim']);
  });

  test('--map renames the spreadsheet\'s columns, and "-" leaves one out', () => {
    const { columns, problems } = resolveColumns(
      sheet(['OUTCOMES', 'IMPROVEMENT AIMS', 'HIGH LEVEL ACTIONS', 'HIGH LEVEL PERFORMANCE MEASURES']),
      'actions',
      'HIGH LEVEL ACTIONS=title,OUTCOMES=outcome,IMPROVEMENT AIMS=improvementAim,high level performance measures=-',
    );
    expect(problems).toEqual([]);
    expect(columns.map((column) => column.field)).toEqual(['outcome', 'improvementAim', 'title', undefined]);
  });

  test('an unknown column is a problem that lists the fields and how to map or ignore it', () => {
    const result = importActions(sheet(['Title', 'Outcome', 'Lead officer', 'Notes'], ['A title', 'safe-stable-homes', 'Someone', 'x']));
    expect(result.files).toEqual([]);
    expect(messages(result)).toEqual([
      expect.stringMatching(/^actions\.csv, row 1, column "Lead officer": this is not a column the import knows\. Did you mean "lead"\? Name the column after one of the fields \(title, outcome, order, improvementAim, .*\), say which field it holds with --map "Lead officer=field", or leave it out with --map "Lead officer=-"\.$/),
      expect.stringMatching(/^actions\.csv, row 1, column "Notes": this is not a column the import knows\./),
    ]);
  });

  test('--map problems: a field that does not exist, a column the sheet does not have, a badly written pair', () => {
    const result = importActions(sheet(['Action', 'Outcome'], ['A title', 'safe-stable-homes']), { map: 'Action=titel,Owner=lead,Outcome' });
    expect(messages(result)).toEqual([
      'actions.csv: --map: "Outcome" must be written "Spreadsheet column=field" (or "Spreadsheet column=-" to leave a column out), with commas between them.',
      expect.stringMatching(/^actions\.csv: --map "Action=titel": "titel" is not a field of an action\. Did you mean "title"\? The fields are: title, outcome, /),
      'actions.csv: --map names the column "Owner", but the first row of the spreadsheet has no column with that name. Its columns are: "Action", "Outcome".',
    ]);
  });

  test('a required column that is missing, two columns for one field, and an unnamed column with values', () => {
    expect(messages(importActions(sheet(['Title', 'Lead'], ['A title', 'Someone'])))).toEqual([
      'actions.csv, row 1: no column holds the outcome, which every action needs. Add a column named "outcome", or say which column holds it with --map "Your column=outcome".',
    ]);
    expect(messages(importActions(sheet(['Title', 'Outcome', 'Action'], ['A', 'safe-stable-homes', 'B']), { map: 'Action=title' }))).toEqual([
      'actions.csv, row 1, column "Action": this column and the column "Title" both hold the action\'s title. Keep one, or leave this one out with --map "Action=-".',
    ]);
    expect(messages(importActions(sheet(['Title', 'Outcome', ''], ['A', 'safe-stable-homes', 'note'])))).toEqual([
      'actions.csv, row 1, column "C": this column has no name in the first row, but has values below. Give it a name, or delete the column.',
    ]);
  });
});

describe('fill-down', () => {
  const input = sheet(['outcome', 'improvementAim', 'title'], ['o1', 'a1', 't1'], ['', '', 't2'], ['', 'a2', 't3'], ['', '', 't4'], ['o2', '', 't5']);
  const { columns } = resolveColumns(input, 'actions');

  test('fills each blank cell of the named fields from the row above, remembering the row it came from', () => {
    const filled = fillDown(toRecords(input, columns), ['outcome', 'improvementAim']);
    expect(filled.map((record) => [record.values.outcome, record.values.improvementAim, record.values.title])).toEqual([
      ['o1', 'a1', 't1'],
      ['o1', 'a1', 't2'],
      ['o1', 'a2', 't3'],
      ['o1', 'a2', 't4'],
      ['o2', 'a2', 't5'],
    ]);
    expect(filled[3]!.filledFrom).toEqual({ outcome: 2, improvementAim: 4 });
    expect(filled[0]!.filledFrom).toEqual({});
  });

  test('leaves other fields blank', () => {
    const filled = fillDown(toRecords(input, columns), ['outcome']);
    expect(filled.map((record) => record.values.improvementAim)).toEqual(['a1', undefined, 'a2', undefined, undefined]);
  });

  test('skips blank rows, keeping the spreadsheet\'s row numbers', () => {
    const withGap = sheet(['title', 'outcome'], ['t1', 'o1'], ['', ''], ['t2', '']);
    const records = fillDown(toRecords(withGap, resolveColumns(withGap, 'actions').columns), ['outcome']);
    expect(records.map((record) => [record.row, record.values.outcome])).toEqual([
      [2, 'o1'],
      [4, 'o1'],
    ]);
  });

  test('a blank merged cell without --fill-down is reported with the fix', () => {
    const result = importActions(sheet(['Title', 'Outcome'], ['First', 'safe-stable-homes'], ['Second', '']));
    expect(messages(result)).toEqual([
      'actions.csv, row 3, column "Outcome": this cell is blank, and every action needs an outcome. Write it in. If the cell is blank because it is merged with the one above, add --fill-down outcome.',
    ]);
  });

  test('--fill-down names fields or columns, and an unknown one is a problem', () => {
    const input = sheet(['Title', 'OUTCOMES'], ['First', 'safe-stable-homes'], ['Second', '']);
    expect(importActions(input, { map: 'OUTCOMES=outcome', fillDown: ['OUTCOMES'] }).problems).toEqual([]);
    expect(messages(importActions(input, { map: 'OUTCOMES=outcome', fillDown: ['outcomes', 'lead'] }))).toEqual([
      'actions.csv: --fill-down names "lead", but no column of the spreadsheet holds it.',
    ]);
  });

  test('a wrong value filled down is reported once for every row it reaches', () => {
    const result = importActions(sheet(['Title', 'Outcome'], ['First', 'Children feel safe'], ['Second', ''], ['Third', '']), { fillDown: ['outcome'] });
    expect(messages(result)).toEqual([expect.stringMatching(/^actions\.csv, rows 2, 3 and 4, column "Outcome": there is no outcome "Children feel safe"/)]);
  });

  test('an aim filled down across a new outcome says where it came from', () => {
    const result = importActions(
      sheet(['Title', 'Outcome', 'Improvement aim'], ['First', 'safe-stable-homes', 'permanence'], ['Second', 'safe-in-community', '']),
      { fillDown: ['outcome', 'improvementAim'] },
    );
    expect(messages(result)).toEqual([
      expect.stringMatching(/^actions\.csv, row 3, column "Improvement aim": the outcome "Children and young people feel safe in their community" has no improvement aim "permanence"\..* \(This cell is blank, so --fill-down took its value from row 2\.\)$/),
    ]);
  });
});

describe('file names', () => {
  test('come from the first meaningful words of the title', () => {
    expect(slugFromTitle('Agree and resource a partnership model of engagement utilising the expertise of individual partners')).toBe(
      'agree-resource-partnership-model-engagement-utilising',
    );
    expect(slugFromTitle('Stronger relationships with the 3rd sector are built.')).toBe('stronger-relationships-3rd-sector-built');
    expect(slugFromTitle("Young people's views on CAMHS – café sessions")).toBe('young-peoples-views-camhs-cafe-sessions');
    expect(slugFromTitle('To be or not to be')).toBe('not');
    expect(slugFromTitle('Of the')).toBe('of-the');
  });

  test('are at most 60 characters and end at a whole word', () => {
    const slug = slugFromTitle('Internationalisation accountability responsibilities comprehensively implemented everywhere');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('internationalisation-accountability-responsibilities');
  });

  test('are unique within the folder and the import; a file with the same title is the same action', () => {
    const existing = new Map<string, string | undefined>([
      ['review-kinship-care', 'Something else entirely'],
      ['review-kinship-care-2', 'Review kinship care'],
    ]);
    expect(uniqueId('Review kinship care', 'action', new Set(), existing)).toEqual({ id: 'review-kinship-care-2', replaces: true });
    expect(uniqueId('Review kinship care', 'action', new Set(['review-kinship-care-2']), existing)).toEqual({ id: 'review-kinship-care-3', replaces: false });
    expect(uniqueId('Review the kinship care', 'action', new Set(), new Map())).toEqual({ id: 'review-kinship-care', replaces: false });
    expect(uniqueId('!!!', 'action', new Set(), new Map())).toEqual({ id: 'action', replaces: false });
  });

  test('two rows with the same title get different files', () => {
    const result = importActions(sheet(['Title', 'Outcome'], ['Review kinship care', 'safe-stable-homes'], ['Review kinship care', 'safe-in-community']));
    expect(result.files.map((file) => file.id)).toEqual(['review-kinship-care', 'review-kinship-care-2']);
  });
});

describe('excel cells', () => {
  test('are read as the spreadsheet shows them', () => {
    expect(cellText({ richText: [{ text: 'Increase ' }, { text: 'uptake' }] })).toBe('Increase uptake');
    expect(cellText({ formula: 'A1', result: 4 })).toBe('4');
    expect(cellText({ text: 'Scottish Government', hyperlink: 'https://www.gov.scot' })).toBe('Scottish Government');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(Date.UTC(2023, 2, 31)))).toBe('2023-03-31');
    expect(cellText(new Date(Date.UTC(2023, 2, 1)), 'mmm-yy')).toBe('March 2023');
    expect(cellText(new Date(Date.UTC(2023, 2, 1)), 'yyyy')).toBe('2023');
    expect(cellText(new Date(Date.UTC(2023, 2, 31)), 'dd/mm/yyyy')).toBe('2023-03-31');
  });
});

describe('an import of actions', () => {
  test('writes each row as a file with the README\'s field order and only the fields that have values', () => {
    const result = importActions(
      sheet(
        ['Title', 'Outcome', 'Improvement aim', 'Lead', 'Partners', 'Completion target', 'Status', 'Themes', 'Description'],
        ['Review how kinship carers are assessed: a pilot', STABLE_HOMES.toUpperCase(), KINSHIP_AIM, 'Children and Families Social Work', 'Third sector partners; Moray Council ;', 'March 2023', 'In Progress', 'care-experience; Nurtured', ''],
      ),
    );
    expect(result.problems).toEqual([]);
    const [file] = result.files;
    expect(file).toMatchObject({ row: 2, id: 'review-how-kinship-carers-assessed-pilot', path: `content/${PLAN}/actions/review-how-kinship-carers-assessed-pilot.yaml`, replaces: false });
    expect(file!.text).toBe(
      [
        'title: "Review how kinship carers are assessed: a pilot"',
        'outcome: safe-stable-homes',
        'order: 5',
        'improvementAim: kinship-foster-care',
        'lead: "Children and Families Social Work"',
        'partners:',
        '  - "Third sector partners"',
        '  - "Moray Council"',
        'completionTarget: "March 2023"',
        'status: in progress',
        'themes:',
        '  - care-experience',
        '  - nurtured',
        '',
      ].join('\n'),
    );
    expect(actionSchema.safeParse(parseYaml(file!.text)).success).toBe(true);
  });

  test('puts rows after the outcome\'s existing actions, in row order, unless the row gives an order', () => {
    const result = importActions(
      sheet(['Title', 'Outcome', 'Order'], ['First', 'safe-stable-homes', ''], ['Second', 'voices-heard', ''], ['Third', 'safe-stable-homes', ''], ['Fourth', 'safe-stable-homes', '9']),
    );
    expect(result.files.map((file) => parseYaml(file.text).order)).toEqual([10, 4, 11, 9]);
  });

  test('finds outcomes and aims by id or by title, whatever the case and spacing', () => {
    const result = importActions(
      sheet(['Title', 'Outcome', 'Improvement aim'], ['One', `  ${STABLE_HOMES.replace(/ /g, '  ')} `, 'permanence'], ['Two', 'safe-stable-homes', KINSHIP_AIM.toLowerCase()]),
    );
    expect(result.problems).toEqual([]);
    expect(result.files.map((file) => parseYaml(file.text).improvementAim)).toEqual(['permanence', 'kinship-foster-care']);
  });

  test('reports every kind of row problem with its row number and column, and plans no file at all', () => {
    const result = importActions(
      sheet(
        ['Title', 'Outcome', 'Improvement aim', 'Completion target', 'Status', 'Themes', 'Measures', 'Order', 'Priority rating'],
        ['A good row', 'safe-stable-homes', '', '', '', '', '', '', ''],
        ['Run a campaign', 'Children feel safe', '', '', '', '', '', '', ''],
        ['', 'safe-stable-homes', '', '', '', '', '', '', ''],
        ['Short breaks', 'safe-stable-homes', 'Reduce bullying', '', '', '', '', '', ''],
        ['A framework', 'safe-stable-homes', '', 'next spring', 'started', '', '', '', ''],
        ['Recruit carers', 'safe-stable-homes', '', '', '', 'child povert', 'pathway-in-plac;engagement-model-reach', 'third', '7'],
        ['Train staff in QZX', 'safe-stable-homes', '', '', '', '', '', '', ''],
      ),
    );
    expect(result.files).toEqual([]);
    expect(messages(result)).toEqual([
      'actions.csv, row 3, column "Outcome": there is no outcome "Children feel safe" in moray-csp-2020-23. Did you mean "Children and young people feel safe in their community"? Write the outcome\'s title as the plan gives it, or its file name from content/moray-csp-2020-23/outcomes/ (without ".mdx").',
      'actions.csv, row 4, column "Title": this cell is blank, and every action needs a title. Write it in.',
      expect.stringMatching(/^actions\.csv, row 5, column "Improvement aim": the outcome "Children and care leavers have safe, secure, stable and nurturing homes" has no improvement aim "Reduce bullying"\. Its aims are: "Increase the number .*", "Reduce the time taken .*", "Care leavers .*"\. Write one of them \(or its id\), or add the aim to content\/moray-csp-2020-23\/outcomes\/safe-stable-homes\.mdx first\.$/),
      expect.stringMatching(/^actions\.csv, row 6, column "Completion target": "next spring" has no date in it\. Write a year \("2023"\)/),
      'actions.csv, row 6, column "Status": "started" is not one of the choices. Write one of: "not started", "in progress", "complete", "on hold", or leave the cell blank.',
      'actions.csv, row 7, column "Themes": there is no theme "child povert". Did you mean "child-poverty"? Write a theme\'s file name from content/themes/ (without ".yaml"), with ";" between several.',
      expect.stringMatching(/^actions\.csv, row 7, column "Measures": there is no measure "pathway-in-plac" in moray-csp-2020-23\. Did you mean "pathway-in-place"\?/),
      'actions.csv, row 7, column "Order": "third" is not a whole number. Write the position in the list, like 3, or leave the cell blank to put it after the ones already there.',
      'actions.csv, row 7, column "Priority rating": "7" is not a priority rating. Write 1 (high), 2, 3 (low), 4 (ongoing) or 5 (on hold), or leave the cell blank.',
      'actions.csv, row 7, column "Measures": the measure "engagement-model-reach" is already listed by content/moray-csp-2020-23/outcomes/voices-heard.mdx, and a measure belongs to one outcome, priority or action. Leave it out here, or remove it from that file first.',
      expect.stringMatching(/^actions\.csv, row 8, column "Title": "QZX" looks like an abbreviation, and the glossary does not explain it, so the site would not build\. Add content\/glossary\/qzx\.yaml first/),
    ]);
    for (const message of messages(result)) {
      expect(message).not.toMatch(/invalid_|ZodError|expected string|\{|at .*:\d+:\d+/);
    }
  });

  test('a row that would replace an existing file stops the import unless --force', () => {
    const existing = new Map<string, string | undefined>([['review-kinship-care', 'Review kinship care']]);
    const input = sheet(['Title', 'Outcome'], ['Review kinship care', 'safe-stable-homes'], ['Something new', 'safe-stable-homes']);
    const refused = importActions(input, {}, existing);
    expect(refused.files).toEqual([]);
    expect(messages(refused)).toEqual([
      'actions.csv, row 2: content/moray-csp-2020-23/actions/review-kinship-care.yaml already exists, with the same title. Run the import again with --force to replace it (what the file says that the spreadsheet does not is lost), or remove this row.',
    ]);
    const forced = importActions(input, { force: true }, existing);
    expect(forced.problems).toEqual([]);
    expect(forced.files.map((file) => [file.id, file.replaces])).toEqual([
      ['review-kinship-care', true],
      ['something-new', false],
    ]);
  });

  test('re-importing the plan\'s own actions with --force keeps their order', () => {
    const existing = new Map<string, string | undefined>(
      index.content.actions.filter((action) => action.data.outcome === 'voices-heard' && action.id.startsWith(PLAN)).map((action) => [action.id.split('/').pop()!, action.data.title]),
    );
    const titles = index.actionsByOutcome.get(`${PLAN}/outcomes/voices-heard`)!.map((action) => action.data.title);
    // Their files have hand-chosen names, so the import treats them as other actions; same-named files are replaced.
    const sameNames = new Map([...existing].map(([, title]) => [slugFromTitle(title!), title]));
    const result = importActions(sheet(['Title', 'Outcome'], ...titles.map((title) => [title, 'voices-heard'])), { force: true }, sameNames);
    expect(result.files.every((file) => file.replaces)).toBe(true);
    expect(result.files.map((file) => parseYaml(file.text).order)).toEqual([4, 5, 6]);
  });

  test('a sheet with no rows below its column names has nothing to import', () => {
    expect(messages(importActions(sheet(['Title', 'Outcome'])))).toEqual(['actions.csv: the spreadsheet has no rows below its column names, so there is nothing to import.']);
  });

  test('an unknown plan is named with the plans there are', () => {
    expect(messages(importActions(sheet(['Title', 'Outcome'], ['A', 'b']), { plan: 'moray-csp-2020-2023' }))).toEqual([
      expect.stringMatching(/^actions\.csv: there is no plan "moray-csp-2020-2023"\. Did you mean "moray-csp-2020-23"\? Write the name of a plan's folder in content\/: /),
    ]);
  });
});

describe('an import of measures', () => {
  function importMeasures(input: Sheet, options: Partial<ImportOptions> = {}) {
    return planImport(input, { kind: 'measures', plan: PLAN, ...options }, { index, existingFiles: new Map(), knownTerms: new Set() });
  }

  test('writes each measure and adds it to the measures list of the outcome it is for', () => {
    const result = importMeasures(
      sheet(['Title', 'For', 'Unit', 'Better direction', 'Frequency', 'Source'], ['Kinship carers assessed within 12 weeks', STABLE_HOMES, '%', 'Increase', 'Annual', 'Moray Council social work records'], ['Carers\' own views', 'safe-stable-homes', '', '', '', '']),
      { map: '' },
    );
    expect(result.problems).toEqual([]);
    expect(result.files[0]!.text).toBe(
      [
        'title: "Kinship carers assessed within 12 weeks"',
        'kind: quantitative',
        'unit: "%"',
        'betterDirection: increase',
        'order: 10',
        'source: { name: "Moray Council social work records" }',
        'frequency: "Annual"',
        '',
      ].join('\n'),
    );
    expect(measureSchema.safeParse(parseYaml(result.files[1]!.text)).success).toBe(true);
    expect(result.outcomeEdits).toEqual([{ path: `content/${PLAN}/outcomes/safe-stable-homes.mdx`, add: ['kinship-carers-assessed-12-weeks', 'carers-own-views'] }]);
  });

  test('checks the owner column and the choices', () => {
    const result = importMeasures(sheet(['Title', 'For', 'Kind', 'Unit'], ['A', '', '', ''], ['B', 'safe-stable-homes', 'number', 'percent']));
    expect(messages(result, 'measures.xlsx')).toEqual([
      'measures.xlsx, row 2, column "For": this cell is blank, and every measure needs the outcome it belongs to. Write it in. If the cell is blank because it is merged with the one above, add --fill-down for.',
      'measures.xlsx, row 3, column "Kind": "number" is not one of the choices. Write one of: "quantitative", "milestone", "qualitative", or leave the cell blank.',
      'measures.xlsx, row 3, column "Unit": "percent" is not one of the choices. Write one of: "%", "percentage points", "number", "rate per 1,000", "£", "score", or leave the cell blank.',
    ]);
  });

  test('adding to an outcome\'s list keeps its comments, quotes and layout', () => {
    const outcome = ['---', 'title: "Feel safe"', '# Measures, in the plan\'s order.', 'measures:', '  - one  # the first', 'themes: [safe]', '---', '', 'Body text.', ''].join('\n');
    expect(addMeasuresToOutcome(outcome, ['two', 'one'])).toBe(
      ['---', 'title: "Feel safe"', '# Measures, in the plan\'s order.', 'measures:', '  - one # the first', '  - two', 'themes: [ safe ]', '---', '', 'Body text.', ''].join('\n'),
    );
    expect(addMeasuresToOutcome('---\ntitle: "T"\nmeasures: []\n---\n', ['new'])).toBe('---\ntitle: "T"\nmeasures:\n  - new\n---\n');
    expect(addMeasuresToOutcome('---\ntitle: "T"\n---\n', ['new'])).toBe('---\ntitle: "T"\nmeasures:\n  - new\n---\n');
  });
});
