import EmbeddedMeasureChart from '../components/measure/EmbeddedMeasureChart.astro';
import OutcomeProgress from '../components/progress/OutcomeProgress.astro';
import Callout from '../components/mdx/Callout.astro';
import KeyFact from '../components/mdx/KeyFact.astro';
import StatusBadge from '../components/mdx/StatusBadge.astro';

/**
 * Components comms staff can use in MDX pages without importing them (see docs/authoring.md).
 * OutcomeProgress works in reports only.
 */
export const mdxComponents = { MeasureChart: EmbeddedMeasureChart, OutcomeProgress, Callout, KeyFact, StatusBadge };
