import { describe, expect, test } from 'vitest';
import type { ModelFigure, PlanModel } from '../../../../src/lib/import/plan-model';
import { figureFiles } from '../../../../src/lib/import/write-figures';
import { projectFolders } from './project-folder';

const CSV = 'content/city-plan/measures/jobs.csv';

const projectWith = projectFolders('figures');

const figure = (period: string, value: number, extra: Partial<ModelFigure> = {}): ModelFigure => ({ measure: 'jobs', period, value, area: '', flag: '', footnote: '', at: 'Figures!B2', ...extra });

const modelWith = (figures: ModelFigure[]): PlanModel =>
  ({ plan: { id: 'city-plan' }, measures: [{ id: 'jobs', title: 'People helped into work', at: 'x' }], figures }) as unknown as PlanModel;

describe('figureFiles', () => {
  test('a measure with no CSV file gets one, a row per figure', () => {
    expect(figureFiles(modelWith([figure('2021/22', 1204), figure('2022/23', 1300, { flag: 'provisional', footnote: 'Counted in March, not April' })]), projectWith(), 'Anytown')).toEqual([
      {
        file: CSV,
        change: 'create',
        text: 'period,value,area,flag,footnote\n2021/22,1204,,,\n2022/23,1300,,provisional,"Counted in March, not April"\n',
        kind: 'figures',
        title: 'People helped into work',
        fields: [],
      },
    ]);
  });

  test('one file per measure', () => {
    const changes = figureFiles(modelWith([figure('2021/22', 1), figure('2021/22', 2, { measure: 'pay' }), figure('2022/23', 3)]), projectWith(), '');
    expect(changes.map(({ file, title, text }) => ({ file, title, rows: text.trim().split('\n').length - 1 }))).toEqual([
      { file: CSV, title: 'People helped into work', rows: 2 },
      { file: 'content/city-plan/measures/pay.csv', title: 'pay', rows: 1 },
    ]);
  });

  test('figures the file has already, for the same days and area, leave it as it was, byte for byte', () => {
    const text = 'period,value,area,flag,footnote\r\n2021-22,1204.0,Anytown,,Checked\r\n2022/23,1300,,,\r\n';
    const root = projectWith({ [CSV]: text });
    expect(figureFiles(modelWith([figure('2021/22', 1204), figure('2022/23', 1300)]), root, 'Anytown')).toEqual([
      { file: CSV, change: 'unchanged', text, kind: 'figures', title: 'People helped into work', fields: [] },
    ]);
  });

  test('a different figure replaces the file’s, a new one is added after its rows, and rows the import lacks are kept', () => {
    const root = projectWith({ [CSV]: 'period,value,area,flag,footnote\n2020/21,1100,,,Old method\n2021/22,1200,,provisional,Early count\n' });
    const [change] = figureFiles(modelWith([figure('2021/22', 1204), figure('2022/23', 1300)]), root, 'Anytown');
    expect(change).toMatchObject({ change: 'update', fields: ['figures'] });
    // The file's footnote is kept when the import gives none.
    expect(change!.text).toBe('period,value,area,flag,footnote\n2020/21,1100,,,Old method\n2021/22,1204,,,Early count\n2022/23,1300,,,\n');
  });

  test('another area’s figure for the same period is another row', () => {
    const root = projectWith({ [CSV]: 'period,value,area,flag,footnote\n2021/22,1204,,,\n' });
    const [change] = figureFiles(modelWith([figure('2021/22', 1204), figure('2021/22', 5000, { area: 'Scotland' })]), root, 'Anytown');
    expect(change!.text).toBe('period,value,area,flag,footnote\n2021/22,1204,,,\n2021/22,5000,Scotland,,\n');
  });

  test('the file’s own columns are kept, in its order', () => {
    const root = projectWith({ [CSV]: 'period,unit,value,footnote,area,flag\n2021/22,number,1204,,,\n' });
    const [change] = figureFiles(modelWith([figure('2022/23', 1300, { footnote: 'New' })]), root, 'Anytown');
    expect(change!.text).toBe('period,unit,value,footnote,area,flag\n2021/22,number,1204,,,\n2022/23,,1300,New,,\n');
  });

  test('a new flag or footnote is a change even when the value is the same', () => {
    const root = projectWith({ [CSV]: 'period,value,area,flag,footnote\n2021/22,1204,,,\n2022/23,1300,,,Note\n' });
    const [change] = figureFiles(modelWith([figure('2021/22', 1204, { flag: 'revised' }), figure('2022/23', 1300, { footnote: 'Other note' })]), root, 'Anytown');
    expect(change!.text).toBe('period,value,area,flag,footnote\n2021/22,1204,,revised,\n2022/23,1300,,,Other note\n');
  });
});
