import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { chartDatasets, type ChartData } from '../lib/chart-data';
import { formatValue } from '../lib/format';
import { makeAudible } from './chart-sound';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

/**
 * The reader's own colours when forced colours are on (Windows' contrast themes): the browser recolours
 * the page but not what a canvas draws, so the chart takes them instead of the palette. Series stay
 * apart by point shape, and the baseline and target lines by dash and marker, as they do in print.
 */
function forcedColours(): { text: string; series: string[]; background: string; grid: string } | undefined {
  if (!window.matchMedia('(forced-colors: active)').matches) return undefined;
  const probe = document.createElement('span');
  document.body.append(probe);
  const resolve = (systemColour: string) => {
    probe.style.color = systemColour;
    return getComputedStyle(probe).color;
  };
  const colours = {
    text: resolve('CanvasText'),
    series: [resolve('CanvasText'), resolve('LinkText'), resolve('Highlight')],
    background: resolve('Canvas'),
    grid: resolve('GrayText'),
  };
  probe.remove();
  return colours;
}

/** Chart.js writes 12px unless told; this is the page's small-print size, which grows with the browser's font setting. */
function chartFontSize(): number {
  return Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.875);
}

/**
 * Draws one chart figure (`data-chart`, a canvas box, controls and an announcer, as MeasureChart.astro
 * writes them); throws if it cannot, leaving the figure's summary and table to the caller.
 */
export function drawMeasureChart(figure: HTMLElement): void {
  if (figure.dataset.chartReady) return;
  figure.dataset.chartReady = 'true';
  const data = JSON.parse(figure.dataset.chart ?? '{}') as ChartData;
  const canvas = figure.querySelector('canvas');
  const box = figure.querySelector<HTMLElement>('.ps_chart__canvas-box');
  const announcer = figure.querySelector<HTMLElement>('[data-chart-announcer]');
  if (!canvas || !box || !announcer || data.labels.length === 0) return;
  box.hidden = false;
  for (const shown of figure.querySelectorAll<HTMLElement>('[data-chart-controls]')) shown.hidden = false;

  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const forced = forcedColours();
  const datasets = chartDatasets(data, forced && { series: forced.series, reference: forced.text });
  const axis = data.axis;

  // Text as big as the reader's own: a larger default font gives larger labels and ticks.
  Chart.defaults.font.size = chartFontSize();
  const chart = new Chart(canvas, {
    type: data.type,
    data: { labels: data.labels, datasets },
    options: {
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 400 },
      interaction: { mode: 'nearest', intersect: false, ...(data.horizontal && { axis: 'y' as const }) },
      ...(forced && { color: forced.text, borderColor: forced.grid }),
      // A horizontal chart (councils in rank order) has its labels down the y axis and its values across.
      ...(data.horizontal && { indexAxis: 'y' as const }),
      scales: {
        [data.horizontal ? 'y' : 'x']: {
          // Every label shows: a horizontal chart's box is tall enough for each one (.ps_chart__canvas-box--ranked).
          ticks: { ...(data.horizontal && { autoSkip: false }), ...(forced && { color: forced.text }) },
          ...(forced && { grid: { color: forced.grid }, border: { color: forced.text } }),
        },
        // The range is chosen with the figures (lib/chart-axis.ts): a narrow one is drawn narrow, so change shows.
        [data.horizontal ? 'x' : 'y']: {
          ...(axis && { min: axis.min, max: axis.max }),
          ticks: { ...(axis && { stepSize: axis.step }), callback: (value: number | string) => formatValue(Number(value), data.unit), ...(forced && { color: forced.text }) },
          ...(forced && { grid: { color: forced.grid }, border: { color: forced.text } }),
        },
      },
      plugins: {
        legend: { labels: { usePointStyle: true, ...(forced && { color: forced.text }) } },
        tooltip: {
          ...(forced && { backgroundColor: forced.background, titleColor: forced.text, bodyColor: forced.text, borderColor: forced.text, borderWidth: 1 }),
          callbacks: {
            label: (item) => {
              // A reference line's label already says its value and period.
              if (item.datasetIndex >= data.series.length) return item.dataset.label;
              const note = data.series[item.datasetIndex]?.notes[item.dataIndex];
              return `${item.dataset.label}: ${formatValue(Number(item.raw), data.unit)}${note ? ` (${note})` : ''}`;
            },
          },
        },
      },
    },
  });

  // The drawn chart, where the browser tests and a look in the console can find it: Chart.getChart()
  // is inside this bundle, out of their reach.
  (canvas as HTMLCanvasElement & { chart?: Chart }).chart = chart;

  makeAudible({ canvas, chart, data, announcer, play: figure.querySelector<HTMLButtonElement>('[data-chart-play]') });
}

/** Draws every measure chart on the page; if drawing fails, the summary and table stay as they are. */
export function initMeasureCharts(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-module="ps-measure-chart"]')) {
    try {
      drawMeasureChart(figure);
    } catch (error) {
      figure.querySelector<HTMLElement>('.ps_chart__canvas-box')?.setAttribute('hidden', '');
      console.error('plansite: the chart could not be drawn; the table below has the same figures.', error);
    }
  }
}
