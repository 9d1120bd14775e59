import { shortTitleOf } from '../lib/trail';
import { pageHref } from '../lib/url';
import type { Site } from './index';
import { measureCsvHref, measureViewOf } from './measures';
import { healthCheckOf } from './health';

/** A plan's measures and every figure, as published at /<plan>/data.json. */
export function planData(site: Site, planId: string, siteUrl: URL) {
  const plan = site.planById.get(planId)!;
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const measures = (site.measuresByPlan.get(planId) ?? []).map((measure) => {
      const view = measureViewOf(site, measure.id);
      const owner = site.ownerOfMeasure.get(measure.id)!;
      const { data } = measure;
      return {
        id: measure.id,
        url: absolute(pageHref(measure.id)),
        csv: site.seriesByMeasure.has(measure.id) ? absolute(measureCsvHref(measure.id)) : null,
        title: data.title,
        kind: data.kind,
        context: data.context,
        unit: data.unit ?? null,
        betterDirection: data.betterDirection,
        measures: { id: owner.id, title: shortTitleOf(site, owner.id) },
        baseline: data.baseline ? { text: data.baseline.text, value: data.baseline.value ?? null, period: data.baseline.period?.label ?? null } : null,
        target: data.target ? { text: data.target.text, value: data.target.value ?? null, period: data.target.period?.label ?? null } : null,
        source: data.source ?? null,
        frequency: data.frequency ?? null,
        trend: view.points.length > 0 ? view.trend.status : null,
        targetStatus: view.target?.status ?? null,
        summary: view.points.length > 0 ? view.summary : null,
        figures: view.rows.map((row) => ({ period: row.period, area: row.area, value: row.value, flag: row.flag || null, footnote: row.footnote || null })),
      };
    });
  return {
    plan: { id: plan.id, title: plan.data.title, area: plan.data.area, period: plan.data.period?.text ?? null, url: absolute(pageHref(plan.id)) },
    measures,
    healthCheck: healthCheckOf(site, planId)?.results ?? null,
  };
}
