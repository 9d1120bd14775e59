/**
 * The site's components as MDX pages use them: charts placed with `<MeasureChart measure="…" />` and
 * report sections started with `<OutcomeProgress outcome="…" />`. Read from the parsed MDX (see
 * mdx-body.ts), so a component shown inside a `{/* comment *\/}` or written wrongly is never counted.
 */
import { componentUses } from './mdx-body';

export { MDX_COMPONENTS } from '../schemas/mdx-body';

/** `<MeasureChart measure="…" />` tags written in an MDX body, with their line numbers. */
export function findMeasureEmbeds(body: string, firstLine = 1): Array<{ line: number; measure: string }> {
  return componentUses(body, 'MeasureChart', 'measure', firstLine).map(({ line, value }) => ({ line, measure: value }));
}

/** `<OutcomeProgress outcome="…" />` sections written in a report's MDX body. */
export function findOutcomeSections(body: string, firstLine = 1): Array<{ line: number; outcome: string }> {
  return componentUses(body, 'OutcomeProgress', 'outcome', firstLine).map(({ line, value }) => ({ line, outcome: value }));
}
