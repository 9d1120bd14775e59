/**
 * The chart heard and read point by point, with chart2music: a keyboard model screen readers pass
 * through (the canvas is an "application"), a note per figure whose pitch rises with it, and each
 * point announced in words. The drawn chart follows, so sighted keyboard users see where they are.
 *
 * chart2music is a third of the chart's JavaScript and most readers never use it, so it is fetched
 * when a reader first selects the chart or its sound button, not with the page.
 */
import type { Chart } from 'chart.js';
import type { ChartData } from '../lib/chart-data';
import { drawnPoint, soundGroups } from '../lib/chart-sound';
import { formatValue } from '../lib/format';

interface Audible {
  canvas: HTMLCanvasElement;
  chart: Chart;
  data: ChartData;
  /** Where chart2music writes what a screen reader says: a live region in the figure. */
  announcer: HTMLElement;
  /** "Play the figures as sound": plays the area the listener is on (at first the plan's own) from its first figure to its last. */
  play: HTMLButtonElement | null;
}

export function makeAudible(audible: Audible): void {
  const { canvas, play } = audible;
  // The canvas keeps its summary as its name; chart2music adds only what it does.
  canvas.setAttribute('role', 'application');
  canvas.tabIndex = 0;
  let ready: Promise<void> | undefined;
  let listening = false;
  const listen = () =>
    (ready ??= import('chart2music')
      .then(({ c2mChart }) => {
        attach(audible, c2mChart);
        listening = true;
      })
      .catch((error: unknown) => {
        // Offline, or refused: the chart goes back to being a picture with its summary, out of the tab order.
        canvas.setAttribute('role', 'img');
        canvas.removeAttribute('tabindex');
        const controls = play?.closest<HTMLElement>('[data-chart-controls]');
        if (controls) controls.hidden = true;
        console.error('plansite: the chart cannot be played as sound; the table below has the same figures.', error);
      }));
  canvas.addEventListener(
    'focus',
    () => {
      if (listening) return;
      // chart2music greets a chart when it gains focus, so once it is listening the focus is given again.
      void listen().then(() => {
        if (document.activeElement !== canvas) return;
        canvas.blur();
        canvas.focus();
      });
    },
    { once: true },
  );
  play?.addEventListener('click', async () => {
    await listen();
    canvas.focus();
    // chart2music's own keys, which its help (H) lists: Home goes to the first figure, Shift+End plays to the last.
    for (const key of [{ key: 'Home' }, { key: 'End', shiftKey: true }]) canvas.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true }));
  });
}

type C2mChart = (typeof import('chart2music'))['c2mChart'];

function attach({ canvas, chart, data, announcer }: Audible, c2mChart: C2mChart): void {
  const groups = soundGroups(data);
  const show = (group: string, index: number) => {
    const point = drawnPoint(groups, group, index);
    highlight(chart, point ? [point] : []);
  };
  const { err } = c2mChart({
    type: data.type,
    element: canvas,
    cc: announcer,
    lang: 'en',
    title: canvas.dataset.chartTitle,
    data: groups,
    axes: {
      x: { label: data.labelsAre ?? 'Period', minimum: 0, maximum: Math.max(data.labels.length - 1, 0), format: (x: number) => data.labels[x] ?? '' },
      y: { label: data.unit ?? 'Figure', ...(data.axis && { minimum: data.axis.min, maximum: data.axis.max }), format: (value: number) => formatValue(value, data.unit) },
    },
    options: { onFocusCallback: ({ slice, index }: { slice: string; index: number }) => show(slice, index) },
  });
  if (err) throw new Error(`chart2music: ${err}`);
  canvas.addEventListener('blur', () => highlight(chart, []));
}

function highlight(chart: Chart, active: Array<{ datasetIndex: number; index: number }>): void {
  chart.setActiveElements(active);
  chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
  chart.update('none');
}
