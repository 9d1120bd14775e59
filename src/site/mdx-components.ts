import EmbeddedMeasureChart from '../components/measure/EmbeddedMeasureChart.astro';

/** Components comms staff can use in any MDX page without importing them. */
export const mdxComponents = { MeasureChart: EmbeddedMeasureChart };
