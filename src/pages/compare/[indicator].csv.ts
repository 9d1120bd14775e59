import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { indicatorPaths } from '../../site/compare-paths';
import { csvDownload } from '../../lib/csv-download';
import { indicatorTable } from '../../lib/compare/indicator-table';
import { INDICATOR_CSV_COLUMNS, indicatorCsvRows } from '../../lib/compare/indicator-download';

/** An indicator's table as CSV, the councils then Scotland: /compare/<indicator>.csv */
export const getStaticPaths = indicatorPaths;

export const GET: APIRoute = async ({ props }) => {
  const { comparison } = await getSite();
  const table = indicatorTable(comparison!, props.code)!;
  return new Response(csvDownload([...INDICATOR_CSV_COLUMNS], indicatorCsvRows(table)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
