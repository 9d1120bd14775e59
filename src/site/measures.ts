import { contextComparison } from '../lib/compare/context-statistic';
import { viewMeasure, type MeasureView } from '../lib/measure-view';
import { planIdOf } from '../lib/trail';
import { pageHref } from '../lib/url';
import type { Site } from './index';

const views = new WeakMap<Site, Map<string, MeasureView>>();

/** A measure's figures, trend and summary, worked out once per build. */
export function measureViewOf(site: Site, measureId: string): MeasureView {
  let cache = views.get(site);
  if (!cache) views.set(site, (cache = new Map()));
  let view = cache.get(measureId);
  if (!view) {
    const measure = site.measureById.get(measureId)!;
    const plan = site.planById.get(planIdOf(measureId))!;
    view = viewMeasure(measure.data, site.seriesByMeasure.get(measureId)?.data.rows ?? [], plan.data.area);
    // A published statistic's summary (and so its chart's) says where the plan's council ranks on it.
    const place = measure.data.context ? contextComparison(site, measureId)?.place : undefined;
    if (place && view.points.length > 0) view = { ...view, summary: `${view.summary} ${place}` };
    cache.set(measureId, view);
  }
  return view;
}

/** Where a measure's figures can be downloaded as CSV. */
export function measureCsvHref(measureId: string): string {
  return pageHref(measureId).replace(/\/$/, '.csv');
}
