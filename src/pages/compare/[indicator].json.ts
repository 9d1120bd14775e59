import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { indicatorHref, indicatorPaths } from '../../site/compare-paths';
import { indicatorTable } from '../../lib/compare/indicator-table';
import { indicatorJson } from '../../lib/compare/indicator-download';

/** An indicator's table with its median, quartiles and source, commit and all: /compare/<indicator>.json */
export const getStaticPaths = indicatorPaths;

export const GET: APIRoute = async ({ props, site: siteUrl }) => {
  const { comparison } = await getSite();
  const table = indicatorTable(comparison!, props.code)!;
  const page = new URL(indicatorHref(table.indicator), siteUrl).href;
  return new Response(JSON.stringify(indicatorJson(table, comparison!.source, page), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
