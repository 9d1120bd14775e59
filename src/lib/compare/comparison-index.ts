/**
 * The comparison data indexed once per build: indicators by code and by address, councils by name and
 * by address, each indicator's years in order, and every figure by indicator, year and area.
 */
import type { Comparison, ComparisonIndicator, ComparisonSource, Council } from '../../schemas/comparison';
import { councilSlug } from './councils';
import { yearsInOrder } from './years';

/**
 * The comparison's id: of its one entry in the build, and in the content check's list of unreadable
 * content while any of its files has a problem, so that references to it are not reported as well.
 */
export const COMPARISON_ID = 'comparison';

export interface ComparisonIndex {
  source: ComparisonSource;
  files: Comparison['files'];
  /** In the order of indicators.yaml. */
  indicators: ComparisonIndicator[];
  indicatorByCode: Map<string, ComparisonIndicator>;
  indicatorBySlug: Map<string, ComparisonIndicator>;
  /** In the order of the councils file. */
  councils: Council[];
  councilBySlug: Map<string, Council>;
  /** By name in lower case: see findCouncil. */
  councilByName: Map<string, Council>;
  /** Each indicator's years, earliest first, as the source writes them. */
  yearsOf: Map<string, string[]>;
  /** Figures by indicator code, then year, then area. */
  values: Map<string, Map<string, Map<string, number>>>;
}

function nestedMap<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  if (!map.has(key)) map.set(key, make());
  return map.get(key)!;
}

export function indexComparison(comparison: Comparison): ComparisonIndex {
  const values = new Map<string, Map<string, Map<string, number>>>();
  for (const figure of comparison.figures) {
    nestedMap(nestedMap(values, figure.indicator, () => new Map()), figure.year, () => new Map()).set(figure.area, figure.value);
  }
  return {
    source: comparison.source,
    files: comparison.files,
    indicators: comparison.indicators,
    indicatorByCode: new Map(comparison.indicators.map((indicator) => [indicator.code, indicator])),
    indicatorBySlug: new Map(comparison.indicators.map((indicator) => [indicator.slug, indicator])),
    councils: comparison.councils,
    councilBySlug: new Map(comparison.councils.map((council) => [councilSlug(council.name), council])),
    councilByName: new Map(comparison.councils.map((council) => [council.name.toLowerCase(), council])),
    yearsOf: new Map(comparison.indicators.map((indicator) => [indicator.code, yearsInOrder(values.get(indicator.code)?.keys() ?? [])])),
    values,
  };
}

/** A plan's area as a council, whatever its capitals: "Angus" or "angus". */
export function findCouncil(index: ComparisonIndex, area: string): Council | undefined {
  return index.councilByName.get(area.trim().toLowerCase());
}

/** Every area's figure for an indicator in a year, by area name. */
export function valuesIn(index: ComparisonIndex, code: string, year: string): ReadonlyMap<string, number> {
  return index.values.get(code)?.get(year) ?? new Map();
}

/** One area's figures for an indicator, by year. */
export function seriesOf(index: ComparisonIndex, code: string, area: string): Map<string, number> {
  const series = new Map<string, number>();
  for (const year of index.yearsOf.get(code) ?? []) {
    const value = valuesIn(index, code, year).get(area);
    if (value !== undefined) series.set(year, value);
  }
  return series;
}

/** The web address of the source file at the commit the figures were taken from. */
export function sourceAddress(source: ComparisonSource): string {
  return `https://github.com/${source.repository}/tree/${source.commit}`;
}
