import EmbeddedMeasureChart from '../components/measure/EmbeddedMeasureChart.astro';
import OutcomeProgress from '../components/progress/OutcomeProgress.astro';

/** Components comms staff can use in MDX pages without importing them. OutcomeProgress works in reports only. */
export const mdxComponents = { MeasureChart: EmbeddedMeasureChart, OutcomeProgress };
