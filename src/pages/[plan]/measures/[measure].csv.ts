import type { APIRoute } from 'astro';
import { getSite } from '../../../site';
import { measureViewOf } from '../../../site/measures';
import { csvDownload } from '../../../lib/csv-download';
import { splitPartId } from '../../../lib/entry-id';

/** Every quantitative measure's figures at a stable address: /<plan>/measures/<measure>.csv */
export async function getStaticPaths() {
  const site = await getSite();
  return [...site.seriesByMeasure.keys()].map((id) => {
    const { plan, slug } = splitPartId(id);
    return { params: { plan, measure: slug }, props: { id } };
  });
}

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const measure = site.measureById.get(props.id)!;
  const rows = measureViewOf(site, props.id).rows.map((row) => [row.period, row.area, row.value, measure.data.unit ?? '', row.flag, row.footnote]);
  const body = csvDownload(['period', 'area', 'value', 'unit', 'flag', 'footnote'], rows);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
