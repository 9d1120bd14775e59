/**
 * Joins the five comparison files into one set of figures, and says where they disagree: every
 * indicator needs its metadata row, its indicators.yaml entry and figures; every area in the figures
 * is Scotland or a council in the councils file, and every council has figures.
 */
import { SCOTLAND, type Comparison, type ComparisonIndicator, type ComparisonSource, type Council, type FigureRow, type IndicatorEntries, type IndicatorRow } from '../../schemas/comparison';
import type { ContentProblem } from '../content-problem';
import { addToGroup } from '../group';
import { closestId } from '../suggest';
import type { ParsedYaml } from '../yaml-source';
import type { Located } from './comparison-csv';
import { councilSlug } from './councils';
import { yearsInOrder } from './years';

type Lines = Pick<ParsedYaml, 'lineOf' | 'keyLineOf'>;

export interface ComparisonParts {
  figures: Located<FigureRow>[];
  councils: Located<Council>[];
  indicatorRows: Located<IndicatorRow>[];
  entries: { data: IndicatorEntries } & Lines;
  source: { data: ComparisonSource } & Lines;
  files: Comparison['files'];
}

function didYouMean(wrong: string, candidates: string[]): string {
  const suggestion = closestId(wrong, candidates);
  return suggestion ? ` Did you mean "${suggestion}"?` : '';
}

/** The figures' rows grouped by one column, each group in file order. */
function groupBy(figures: Located<FigureRow>[], key: (row: FigureRow) => string): Map<string, Located<FigureRow>[]> {
  const groups = new Map<string, Located<FigureRow>[]>();
  for (const figure of figures) addToGroup(groups, key(figure.row), figure);
  return groups;
}

/** An indicator's figures: known to the metadata, with its title, and in one unit. */
function figureProblems(parts: ComparisonParts, byIndicator: Map<string, Located<FigureRow>[]>): ContentProblem[] {
  const { files } = parts;
  const metadata = new Map(parts.indicatorRows.map(({ row }) => [row.code, row]));
  const problems: ContentProblem[] = [];
  for (const [code, figures] of byIndicator) {
    const first = figures[0]!;
    const known = metadata.get(code);
    if (!known) {
      problems.push({ file: files.figures, line: first.line, field: 'indicator', message: `"${code}" is not an indicator in ${files.indicators}.${didYouMean(code, [...metadata.keys()])} Correct the code, or add the indicator's row there (its title, source and rank_1_is_highest_value).` });
      continue;
    }
    const otherTitle = figures.find(({ row }) => row.title !== known.title);
    if (otherTitle) {
      problems.push({ file: files.figures, line: otherTitle.line, field: 'title', message: `the title of ${code} here is not its title in ${files.indicators} ("${known.title}"). Both come from the LGBF's metadata: make them the same.` });
    }
    const otherUnit = figures.find(({ row }) => row.unit !== first.row.unit);
    if (otherUnit) {
      problems.push({ file: files.figures, line: otherUnit.line, field: 'unit', message: `${code} is in "${first.row.unit}" on line ${first.line} but in "${otherUnit.row.unit}" here. Every figure of an indicator must be in one unit.` });
    }
  }
  for (const { line, row } of parts.indicatorRows) {
    if (!byIndicator.has(row.code)) problems.push({ file: files.indicators, line, field: 'indicator', message: `${row.code} has no figures in ${files.figures}. Add its figures there, or remove this row.` });
  }
  return problems;
}

/** Every indicator in the metadata has one indicators.yaml entry, with an address of its own, and the reverse. */
function entryProblems(parts: ComparisonParts): ContentProblem[] {
  const { files, entries } = parts;
  const codes = parts.indicatorRows.map(({ row }) => row.code);
  const problems: ContentProblem[] = [];
  for (const code of codes) {
    if (!(code in entries.data)) {
      problems.push({ file: files.entries, message: `${code} (in ${files.indicators}) has no entry here. Add one under its code, like ${code}: { slug: ${code.toLowerCase()}, betterDirection: increase, reason: "Why, in plain words." }, with increase, decrease or none.` });
    }
  }
  const slugOwner = new Map<string, string>();
  for (const [code, entry] of Object.entries(entries.data)) {
    if (!codes.includes(code)) {
      problems.push({ file: files.entries, line: entries.keyLineOf([code]), field: code, message: `there is no indicator "${code}" in ${files.indicators}.${didYouMean(code, codes)} Correct the code, or remove this entry.` });
    }
    const owner = slugOwner.get(entry.slug);
    if (owner) problems.push({ file: files.entries, line: entries.lineOf([code, 'slug']), field: `${code}.slug`, message: `the slug "${entry.slug}" is also ${owner}'s. Each indicator needs its own page address: use its code in lower case, like "${code.toLowerCase()}".` });
    else slugOwner.set(entry.slug, code);
  }
  return problems;
}

/** Every area is Scotland or a council in the councils file, and every council has figures. */
function areaProblems(parts: ComparisonParts, byArea: Map<string, Located<FigureRow>[]>): ContentProblem[] {
  const { files } = parts;
  const names = parts.councils.map(({ row }) => row.name);
  const problems: ContentProblem[] = [];
  for (const [area, figures] of byArea) {
    if (area === SCOTLAND || names.includes(area)) continue;
    problems.push({
      file: files.figures,
      line: figures[0]!.line,
      field: 'area',
      message: `"${area}" is neither "${SCOTLAND}" nor a council in ${files.councils}.${didYouMean(area, [...names, SCOTLAND])} Write the area as that file names the council, or add the council there.`,
    });
  }
  const slugOwner = new Map<string, string>();
  for (const { line, row } of parts.councils) {
    if (!byArea.has(row.name)) {
      const unmatched = [...byArea.keys()].filter((area) => area !== SCOTLAND && !names.includes(area));
      problems.push({ file: files.councils, line, field: 'council', message: `"${row.name}" has no figures in ${files.figures}.${didYouMean(row.name, unmatched)} Write the council's name as the figures do, or add its figures.` });
    }
    const owner = slugOwner.get(councilSlug(row.name));
    if (owner) problems.push({ file: files.councils, line, field: 'council', message: `"${row.name}" and "${owner}" would have the same page address (/areas/${councilSlug(row.name)}/). Check the two names.` });
    else slugOwner.set(councilSlug(row.name), row.name);
  }
  return problems;
}

/** source.yaml's latest year is the newest year in the figures. */
function sourceProblems(parts: ComparisonParts, byYear: Map<string, Located<FigureRow>[]>): ContentProblem[] {
  const newest = yearsInOrder(byYear.keys()).pop();
  const { latestYear } = parts.source.data;
  if (newest === undefined || newest === latestYear) return [];
  return [{ file: parts.files.source, line: parts.source.lineOf(['latestYear']), field: 'latestYear', message: `this says the figures run to ${latestYear}, but the newest year in ${parts.files.figures} is ${newest}. Correct it to "${newest}".` }];
}

function joinedIndicators(parts: ComparisonParts, byIndicator: Map<string, Located<FigureRow>[]>): ComparisonIndicator[] {
  const metadata = new Map(parts.indicatorRows.map(({ row }) => [row.code, row]));
  return Object.entries(parts.entries.data).flatMap(([code, entry]) => {
    const row = metadata.get(code);
    const unit = byIndicator.get(code)?.[0]?.row.unit;
    return row && unit !== undefined ? [{ ...row, unit, ...entry }] : [];
  });
}

export function joinComparison(parts: ComparisonParts): { comparison: Comparison; problems: ContentProblem[] } {
  const byIndicator = groupBy(parts.figures, (row) => row.indicator);
  const byArea = groupBy(parts.figures, (row) => row.area);
  const problems = [
    ...figureProblems(parts, byIndicator),
    ...entryProblems(parts),
    ...areaProblems(parts, byArea),
    ...sourceProblems(parts, groupBy(parts.figures, (row) => row.year)),
  ];
  const comparison: Comparison = {
    source: parts.source.data,
    indicators: joinedIndicators(parts, byIndicator),
    councils: parts.councils.map(({ row }) => row),
    figures: parts.figures.map(({ row }) => ({ indicator: row.indicator, area: row.area, year: row.year, value: row.value })),
    files: parts.files,
  };
  return { comparison, problems };
}
