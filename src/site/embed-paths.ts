/**
 * The chart embeds (lib/chart-embed.ts): their addresses, what each one is called, and their
 * getStaticPaths. /embed/compare/<indicator>/ for every indicator page, and
 * /embed/<plan>/measures/<measure>/ for every measure whose page draws a chart (one with figures).
 */
import type { ComparisonIndicator } from '../schemas/comparison';
import { EMBED_HEIGHTS, embedPathOf } from '../lib/chart-embed';
import { splitPartId } from '../lib/entry-id';
import { pageHref } from '../lib/url';
import { getSite, type Site } from './index';
import { measureViewOf } from './measures';

/** One chart other sites can show: where its embed page is, what it is called there, and the frame's height. */
export interface ChartEmbed {
  /** The embed page, as a path on the site (with its base path). */
  href: string;
  /** The embed page's title, which is also the frame's: what the chart shows, and from which site. */
  title: string;
  height: number;
  /** The only sites that may show it (content/site.yaml `embeds.allowedSites`); empty: any site. */
  allowedSites: string[];
}

type Indicator = Pick<ComparisonIndicator, 'slug' | 'title'>;

export const indicatorEmbedHref = (indicator: Pick<Indicator, 'slug'>): string => pageHref(embedPathOf(`compare/${indicator.slug}`));
export const measureEmbedHref = (measureId: string): string => pageHref(embedPathOf(measureId));

/** The chart title an embed page and its frame share, before the site's name. */
export const indicatorChartTitle = (indicator: Indicator, year: string): string => `Chart: ${indicator.title}, ${year}`;
export const measureChartTitle = (measure: { title: string }): string => `Chart: ${measure.title}`;

const embed = (site: Site, href: string, title: string, height: number): ChartEmbed => ({
  href,
  title: `${title} – ${site.settings.title}`,
  height,
  allowedSites: site.settings.embeds?.allowedSites ?? [],
});

export function indicatorChartEmbed(site: Site, indicator: Indicator, year: string): ChartEmbed {
  return embed(site, indicatorEmbedHref(indicator), indicatorChartTitle(indicator, year), EMBED_HEIGHTS.indicator);
}

export function measureChartEmbed(site: Site, measureId: string): ChartEmbed {
  return embed(site, measureEmbedHref(measureId), measureChartTitle(site.measureById.get(measureId)!.data), EMBED_HEIGHTS.measure);
}

/** The measures whose page draws a chart: those with figures, as MeasureLayout decides. */
export function chartedMeasureIds(site: Site): string[] {
  return site.content.measures.filter((measure) => measureViewOf(site, measure.id).rows.length > 0).map((measure) => measure.id);
}

/** getStaticPaths for /embed/<plan>/measures/<measure>/. */
export async function measureEmbedPaths() {
  const site = await getSite();
  return chartedMeasureIds(site).map((id) => {
    const { plan, slug } = splitPartId(id);
    return { params: { plan, measure: slug }, props: { id } };
  });
}
