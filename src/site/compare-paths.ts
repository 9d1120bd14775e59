/**
 * The comparison pages' addresses and their getStaticPaths: /compare/, /compare/<indicator>/, its
 * "similar councils" pages /compare/<indicator>/<filter>/, and its files /compare/<indicator>.csv
 * and .json. A site without content/comparison/ has none of them.
 */
import type { ComparisonIndicator, Council } from '../schemas/comparison';
import { councilFilters } from '../lib/compare/council-filters';
import { councilSlug } from '../lib/compare/councils';
import { pageHref, withBase } from '../lib/url';
import { getSite } from './index';

type Indicator = Pick<ComparisonIndicator, 'slug'>;

export const compareHref = (): string => pageHref('compare');
export const indicatorHref = (indicator: Indicator): string => pageHref(`compare/${indicator.slug}`);
export const indicatorFilterHref = (indicator: Indicator, filter: { slug: string }): string => pageHref(`compare/${indicator.slug}/${filter.slug}`);
export const indicatorCsvHref = (indicator: Indicator): string => withBase(`compare/${indicator.slug}.csv`);
export const indicatorJsonHref = (indicator: Indicator): string => withBase(`compare/${indicator.slug}.json`);
/** A council's own page (/areas/<council>/). */
export const areaHref = (council: Pick<Council, 'name'>): string => pageHref(`areas/${councilSlug(council.name)}`);

/** getStaticPaths for /compare/<indicator>/ and its CSV and JSON files. */
export async function indicatorPaths() {
  const { comparison } = await getSite();
  return (comparison?.indicators ?? []).map((indicator) => ({ params: { indicator: indicator.slug }, props: { code: indicator.code } }));
}

/** getStaticPaths for /compare/<indicator>/<filter>/: each indicator for each deprivation group and rurality. */
export async function indicatorFilterPaths() {
  const { comparison } = await getSite();
  if (!comparison) return [];
  const filters = councilFilters(comparison.councils);
  return comparison.indicators.flatMap((indicator) => filters.map((filter) => ({ params: { indicator: indicator.slug, filter: filter.slug }, props: { code: indicator.code, filter: filter.slug } })));
}
