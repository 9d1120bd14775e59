/**
 * "Compare councils over time" on an indicator page (CouncilPicks.astro): shows the form the page
 * keeps hidden, reads the choice from the address (`?council=angus&compare=fife,highland`), and for
 * each choice draws the councils and Scotland as lines over the indicator's years (with the measure
 * charts' own drawing, keys and sound), writes the summary into a live region and fills the table, and
 * puts the choice back in the address so it can be shared. If anything fails, the form is hidden again
 * and the section says, as it does without JavaScript, that the table above has every council.
 */
import type { Chart } from 'chart.js';
import { choosePicks, parseCouncilPicks, queryWithPicks, type CouncilPicks } from '../lib/compare/council-picks';
import type { IndicatorSeries } from '../lib/compare/indicator-series';
import { councilsBySlug, pickedAreas, picksCaption, picksChartData, picksSummary, picksTable, type PicksTable } from '../lib/compare/picks-chart';
import { drawMeasureChart } from './measure-chart';

/** The page's markup is not what this script expects: a component and its script out of step. */
export class CouncilPicksMarkupError extends Error {
  override name = 'CouncilPicksMarkupError';
}

function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new CouncilPicksMarkupError(`"Compare councils over time" has no ${selector}`);
  return found;
}

function cell(tag: 'th' | 'td', text: string, options: { scope?: 'col' | 'row'; numeric?: boolean; missing?: boolean } = {}): HTMLTableCellElement {
  const element = document.createElement(tag);
  if (options.scope) element.scope = options.scope;
  if (options.numeric) element.className = 'ps_numeric';
  if (options.missing) {
    const note = document.createElement('span');
    note.className = 'ps_item-meta';
    note.textContent = text;
    element.append(note);
  } else {
    element.textContent = text;
  }
  return element;
}

function fillTable(table: HTMLTableElement, content: PicksTable): void {
  const caption = document.createElement('caption');
  caption.textContent = content.caption;
  const head = document.createElement('thead');
  const headings = document.createElement('tr');
  headings.append(cell('th', 'Year', { scope: 'col' }), ...content.areas.map((area) => cell('th', area, { scope: 'col', numeric: true })));
  head.append(headings);
  const body = document.createElement('tbody');
  for (const row of content.rows) {
    const line = document.createElement('tr');
    line.append(cell('th', row.year, { scope: 'row' }), ...row.figures.map((figure) => cell('td', figure ?? 'No figure', { numeric: true, missing: figure === undefined })));
    body.append(line);
  }
  table.replaceChildren(caption, head, body);
}

function enhance(root: HTMLElement): void {
  const series = JSON.parse(root.dataset.picks ?? '') as IndicatorSeries;
  const form = part<HTMLFormElement>(root, 'form[data-picks-form]');
  const own = part<HTMLSelectElement>(form, 'select[name="council"]');
  const others = [...form.querySelectorAll<HTMLSelectElement>('select[name="compare"]')];
  const selects = [own, ...others];
  const summary = part<HTMLElement>(root, '[data-picks-summary]');
  const output = part<HTMLElement>(root, '[data-picks-output]');
  const table = part<HTMLTableElement>(output, '[data-picks-table]');
  // Each choice is drawn on a fresh copy of the figure: the chart and its keys start again with it.
  const pristine = part<HTMLElement>(output, '[data-picks-chart]').cloneNode(true) as HTMLElement;
  const known = new Set(councilsBySlug(series).keys());

  const chosen = (): CouncilPicks =>
    choosePicks(
      own.value || undefined,
      others.map((select) => select.value),
      known,
    );
  // A council chosen in one box cannot be chosen in another.
  const offerTheRest = () => {
    for (const select of selects) {
      const elsewhere = new Set(selects.filter((other) => other !== select).map((other) => other.value));
      for (const option of select.options) option.disabled = option.value !== '' && elsewhere.has(option.value);
    }
  };

  /** `opening`: as the page opens, with nothing chosen there is nothing to say yet. */
  const show = (picks: CouncilPicks, opening = false) => {
    const areas = pickedAreas(series, picks);
    const text = picksSummary(series, areas);
    summary.textContent = opening && areas.length === 0 ? '' : text;
    const drawn = part<HTMLElement>(output, '[data-picks-chart]');
    (drawn.querySelector('canvas') as (HTMLCanvasElement & { chart?: Chart }) | null)?.chart?.destroy();
    const figure = pristine.cloneNode(true) as HTMLElement;
    drawn.replaceWith(figure);
    output.hidden = areas.length === 0;
    if (areas.length === 0) return;
    fillTable(table, picksTable(series, areas));
    const data = picksChartData(series, areas);
    figure.dataset.chart = JSON.stringify(data);
    part<HTMLElement>(figure, '[data-picks-caption]').textContent = picksCaption(series, areas, data);
    part<HTMLElement>(figure, 'canvas').setAttribute('aria-label', text);
    try {
      drawMeasureChart(figure);
    } catch (error) {
      figure.querySelector<HTMLElement>('.ps_chart__canvas-box')?.setAttribute('hidden', '');
      console.error('plansite: the chart could not be drawn; the table below it has the same figures.', error);
    }
  };

  /** The address keeps the choice, so it can be shared; replaced, not added to, so Back leaves the page. */
  const remember = (picks: CouncilPicks) => {
    const { pathname, search, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${queryWithPicks(search, picks)}${hash}`);
  };

  const update = (opening = false) => {
    offerTheRest();
    const picks = chosen();
    show(picks, opening);
    remember(picks);
  };

  const picks = parseCouncilPicks(window.location.search, known);
  own.value = picks.council ?? '';
  others.forEach((select, position) => (select.value = picks.others[position] ?? ''));
  form.addEventListener('change', () => update());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  root.querySelector<HTMLElement>('[data-picks-no-script]')?.setAttribute('hidden', '');
  form.hidden = false;
  update(true);
}

/** Puts the section back as it is without JavaScript. */
function restore(root: HTMLElement): void {
  root.querySelector<HTMLElement>('[data-picks-no-script]')?.removeAttribute('hidden');
  root.querySelector<HTMLElement>('form[data-picks-form]')?.setAttribute('hidden', '');
  root.querySelector<HTMLElement>('[data-picks-output]')?.setAttribute('hidden', '');
  const summary = root.querySelector<HTMLElement>('[data-picks-summary]');
  if (summary) summary.textContent = '';
}

export function initCouncilPicks(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-module="ps-council-picks"]')) {
    if (root.dataset.picksReady) continue;
    root.dataset.picksReady = 'true';
    try {
      enhance(root);
    } catch (error) {
      restore(root);
      console.error('plansite: the councils could not be charted; the table above has every council.', error);
    }
  }
}
