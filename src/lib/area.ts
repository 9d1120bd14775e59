/**
 * The areas figures are for. A blank area means the plan's own; area names match whatever their
 * capitals or surrounding spaces, so "anytown", " Anytown" and "Anytown" are one area.
 */
import { parsePeriod } from './period';

/** One key per area: the same for every way of writing it, and for a blank area and the plan's own. */
export function areaKey(area: string, planArea: string): string {
  const written = area.trim() === '' ? planArea : area;
  return written.trim().toLowerCase();
}

/** The area as the site shows it: the plan's own spelling of its own area; otherwise as first written. */
export function areaLabel(area: string, planArea: string, spellings: Map<string, string>): string {
  const key = areaKey(area, planArea);
  if (key === areaKey(planArea, planArea)) return planArea;
  if (!spellings.has(key)) spellings.set(key, area.trim());
  return spellings.get(key)!;
}

/**
 * Where a figure sits: its period (by when it runs, so "2021/22" and "2021-22" are one) and its area.
 * Two figures with one slot are the same figure given twice.
 */
export function figureSlot(period: string, area: string, planArea: string): string {
  const parsed = parsePeriod(period);
  const when = parsed.ok ? `${parsed.value.start}|${parsed.value.end}` : period.trim();
  return `${when}|${areaKey(area, planArea)}`;
}
