/**
 * An indicator's page as files to download: /compare/<indicator>.csv (the councils and Scotland, as
 * the table has them) and /compare/<indicator>.json (the same, with the median, the quartiles, how the
 * councils are ranked and the source the figures were taken from, commit and all).
 */
import { SCOTLAND, type ComparisonSource } from '../../schemas/comparison';
import type { Change } from './change';
import { sourceAddress } from './comparison-index';
import type { IndicatorTable } from './indicator-table';
import { rankOrderInWords } from './indicator-words';

export const INDICATOR_CSV_COLUMNS = [
  'rank',
  'joint',
  'area',
  'year',
  'value',
  'unit',
  'quartile',
  'previous_year',
  'change_since_previous_year',
  'five_years_back',
  'change_over_five_years',
  'deprivation_group',
  'rurality',
] as const;

type Cell = string | number;

const changeCells = (change: Change | undefined): Cell[] => [change?.from ?? '', change?.difference ?? ''];

/** The CSV's rows after its header: each council in the table's order, then Scotland. Missing figures are empty cells. */
export function indicatorCsvRows(table: IndicatorTable): Cell[][] {
  const councils = table.rows.map((row): Cell[] => [
    row.rank ?? '',
    row.joint ? 'yes' : 'no',
    row.council.name,
    table.year,
    row.value ?? '',
    table.indicator.unit,
    row.quartile ?? '',
    ...changeCells(row.sincePrevious),
    ...changeCells(row.overFiveYears),
    row.council.deprivationGroup,
    row.council.rurality,
  ]);
  const scotland: Cell[] = ['', '', SCOTLAND, table.year, table.scotland.value ?? '', table.indicator.unit, '', ...changeCells(table.scotland.sincePrevious), ...changeCells(table.scotland.overFiveYears), '', ''];
  return [...councils, scotland];
}

const changeJson = (change: Change | undefined) => (change ? { from: change.from, to: change.to, difference: change.difference, judgement: change.judgement } : null);

/** Everything the page shows, for /compare/<indicator>.json; `page` is the page's full address. */
export function indicatorJson(table: IndicatorTable, source: ComparisonSource, page: string) {
  const { indicator, ranking } = table;
  return {
    page,
    indicator: {
      code: indicator.code,
      title: indicator.title,
      unit: indicator.unit,
      collectedBy: indicator.collectedBy,
      betterDirection: indicator.betterDirection,
      reason: indicator.reason,
    },
    year: table.year,
    previousYear: table.previousYear ?? null,
    fiveYearsBack: table.fiveYearsBack ?? null,
    ranking: {
      highestFirst: ranking.highestFirst,
      /** "better": rank 1 is the best figure. "position": only a place in the LGBF's order, neither better nor worse. */
      meaning: ranking.meaning,
      inWords: rankOrderInWords(indicator, ranking),
    },
    counted: table.counted,
    councils: table.rows.map((row) => ({
      rank: row.rank ?? null,
      joint: row.joint,
      council: row.council.name,
      value: row.value ?? null,
      quartile: row.quartile ?? null,
      sincePreviousYear: changeJson(row.sincePrevious),
      overFiveYears: changeJson(row.overFiveYears),
      deprivationGroup: row.council.deprivationGroup,
      rurality: row.council.rurality,
    })),
    scotland: { value: table.scotland.value ?? null, sincePreviousYear: changeJson(table.scotland.sincePrevious), overFiveYears: changeJson(table.scotland.overFiveYears) },
    median: table.median ?? null,
    quartiles: table.quartiles,
    source: {
      publisher: source.publisher,
      name: source.name,
      url: source.url ?? null,
      repository: source.repository,
      commit: source.commit,
      commitDate: source.commitDate,
      address: sourceAddress(source),
      files: source.files,
      rounding: source.rounding,
      missingFigures: source.missingFigures,
    },
  };
}
