/**
 * The documents a partnership must still produce, made from the same content: the whole plan on one page
 * (and as a Word file), and the annual report for each reporting year. Built without Chromium's PDFs, as
 * a build on a machine without Chromium is: the PDFs have their own test (pdf.test.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeFileSize } from '../../src/lib/documents/file-size';
import { loadRealContent } from '../content/helpers';
import { buildRealSite, normalise } from './built-site';

const { content } = loadRealContent();
let site: ReturnType<typeof buildRealSite>;

beforeAll(() => {
  // The sample site as `npm run build` makes it: Word files, and no PDFs.
  site = buildRealSite();
}, 300_000);
afterAll(() => site?.remove());

const slugOf = (id: string) => id.split('/').at(-1)!;
const planOf = (id: string) => id.split('/')[0]!;

/** The plan's priorities, outcomes and actions in reading order, worked out from the content files themselves. */
function expectedOrder(planId: string): string[] {
  const priorities = content.priorities.filter((entry) => planOf(entry.id) === planId).sort((a, b) => a.data.number - b.data.number);
  return priorities.flatMap((priority) => {
    const outcomes = content.outcomes.filter((entry) => planOf(entry.id) === planId && entry.data.priority === slugOf(priority.id)).sort((a, b) => a.data.order - b.data.order);
    return [
      priority.data.title,
      ...outcomes.flatMap((outcome) => [
        outcome.data.title,
        ...content.actions
          .filter((entry) => planOf(entry.id) === planId && entry.data.outcome === slugOf(outcome.id))
          .sort((a, b) => a.data.order - b.data.order)
          .map((action) => action.data.title),
      ]),
    ];
  });
}

/** Headings and table row headers, in page order: where a reader meets each item's title. */
const titlesOnPage = ($: CheerioAPI) =>
  $('main')
    .find('h2, h3, h4, h5, h6, th[scope="row"]')
    .map((_, element) => normalise($(element).text()))
    .get();

test('the site builds', () => {
  expect(site.status, site.output.slice(-3000)).toBe(0);
});

describe.each(content.plans.map((plan) => [plan.id]))('the whole of %s on one page', (planId) => {
  const page = `/${planId}/document/`;

  test('has every priority, outcome and action of the plan, in order', () => {
    const titles = titlesOnPage(site.page(page));
    let from = 0;
    for (const title of expectedOrder(planId)) {
      const at = titles.findIndex((candidate, position) => position >= from && candidate.endsWith(title));
      expect(at, `"${title}" after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  test('has every measure of the plan once, within its priority', () => {
    const $ = site.page(page);
    const measures = content.measures.filter((entry) => planOf(entry.id) === planId);
    for (const measure of measures) {
      // Two measures may share a title (as in the source), so each is found by the page it links to.
      const headings = $(`.ps_document-measure > :is(h4, h5):has(a[href="/${measure.id}/"])`);
      expect(headings.length, measure.id).toBe(1);
      expect(normalise(headings.text())).toBe(measure.data.title);
    }
  });

  test('numbers its priorities and outcomes, and lists them in its contents', () => {
    const $ = site.page(page);
    const priorities = $('.ps_document-priority > h2').map((_, element) => normalise($(element).text())).get();
    expect(priorities.length).toBe(content.priorities.filter((entry) => planOf(entry.id) === planId).length);
    for (const heading of priorities) expect(heading).toMatch(/^\d+\. /);
    for (const heading of $('.ps_document-outcome > h3').map((_, element) => normalise($(element).text())).get()) expect(heading).toMatch(/^\d+\.\d+ /);
    const contents = $('[data-document-contents] a').map((_, link) => $(link).attr('href')).get();
    for (const section of $('.ps_document-priority, .ps_document-outcome').map((_, element) => $(element).attr('aria-labelledby')).get()) expect(contents).toContain(`#${section}`);
  });

  test('links every priority, outcome, action and measure to its own page', () => {
    const $ = site.page(page);
    const links = new Set($('main a').map((_, link) => $(link).attr('href')).get());
    const ids = [...content.priorities, ...content.outcomes, ...content.actions, ...content.measures].map((entry) => entry.id).filter((id) => planOf(id) === planId);
    for (const id of ids) expect(links, id).toContain(`/${id}/`);
  });

  test('says where and when it was made, for a copy on paper', () => {
    const $ = site.page(page);
    const colophon = normalise($('.ps_document-colophon').text());
    expect(colophon).toContain(`https://`);
    expect(colophon).toContain(`${planId}/document/`);
    expect($('.ps_document-colophon time[data-document-made]').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('is not in the search index, where it would repeat every other page', () => {
    expect(site.page(page)('[data-pagefind-body]').length).toBe(0);
  });
});

describe('the Moray LOIP annual report for 2021/22', () => {
  const page = '/moray-loip/annual-report/2021-22/';
  const q1 = content.reports.find((entry) => entry.id === 'moray-loip/reports/2021-22-q1')!;
  /** The page's words as the report file has them: without the site's explanations of terms, with plain quotes. */
  const main = () => {
    const $ = site.page(page);
    const copy = $('main').clone();
    copy.find('span.ps_term, p.ps_term').remove();
    return plainQuotes(normalise(copy.text()));
  };
  const plainQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

  test('says plainly that it covers the first quarter only', () => {
    expect(main()).toContain('It covers only part of the year. No progress report has been published for 2021/22 Q2, 2021/22 Q3 and 2021/22 Q4');
    expect(main()).toContain(q1.data.period.label);
  });

  test("has the Q1 report's risks with their mitigations", () => {
    expect(q1.data.risks.length).toBeGreaterThan(0);
    for (const risk of q1.data.risks) {
      expect(main()).toContain(plainQuotes(normalise(risk.risk.split(/\n\n+/)[0]!)));
      expect(main()).toContain(plainQuotes(normalise(risk.mitigation!)));
    }
  });

  test("has the Q1 report's next steps, with their comments and due dates", () => {
    expect(q1.data.nextSteps.length).toBeGreaterThan(0);
    const section = site.page(page)('#next-steps').closest('section').clone();
    section.find('span.ps_term, p.ps_term').remove();
    const rows = section.find('tbody tr').map((_, row) => plainQuotes(normalise(site.page(page)(row).text()))).get();
    expect(rows).toEqual(q1.data.nextSteps.map((step) => plainQuotes(normalise(`${step.target} ${step.comment ?? 'Not stated'} ${step.due ?? 'Not stated'}`))));
  });

  test("has the Q1 report's commentary: on each outcome, and the report's own text", () => {
    for (const outcome of q1.data.outcomes) if (outcome.commentary) expect(main()).toContain(plainQuotes(normalise(outcome.commentary)));
    const body = readFileSync(q1.filePath, 'utf8').split(/^---$/m)[2]!;
    // Paragraphs of plain words, which read the same on the page as in the file.
    const paragraphs = body.split(/\n\n+/).map((paragraph) => paragraph.trim()).filter((paragraph) => /^[A-Z0-9£]/.test(paragraph) && !/[*_`[\]<>\\#]/.test(paragraph));
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) expect(main()).toContain(plainQuotes(normalise(paragraph)));
  });

  test("gives each outcome's RAG status for the quarter, and moves the report's headings below its own", () => {
    const $ = site.page(page);
    const table = $('#outcomes').closest('section').find('table').first();
    expect(normalise(table.find('thead').text())).toContain(q1.data.period.label);
    expect(table.find('tbody tr').length).toBe(q1.data.outcomes.length);
    const commentary = $('#commentary').closest('section');
    expect(commentary.find('h2').length).toBe(1);
    expect(normalise(commentary.find('h4').first().text())).toBe('Progress summary');
  });

  test('says what the progress reports do not record, rather than leaving it out', () => {
    expect(main()).toContain('Community Empowerment (Scotland) Act 2015, section 8(2)(b)');
  });

  test('is listed, with its downloads, on the plan’s home page and its progress reports page', () => {
    for (const listing of ['/moray-loip/', '/moray-loip/reports/']) {
      const $ = site.page(listing);
      expect($(`a[href="${page}"]`).length, listing).toBe(1);
      expect($('[data-document-file="moray-loip/annual-report/2021-22.docx"]').length, listing).toBe(1);
    }
  });

  test('exists only for years with a progress report', () => {
    expect(site.exists('/moray-loip/annual-report/2020-21/')).toBe(false);
    expect(site.exists('/moray-csp-2020-23/annual-report/2021-22/')).toBe(false);
    expect(normalise(site.page('/moray-csp-2020-23/reports/')('main').text())).toContain('There is no annual report yet');
  });
});

describe('the Word versions', () => {
  const documentPages = [...content.plans.map((plan) => ({ planId: plan.id, page: `${plan.id}/document/`, docx: `${plan.id}/document.docx` })), { planId: 'moray-loip', page: 'moray-loip/annual-report/2021-22/', docx: 'moray-loip/annual-report/2021-22.docx' }];

  test.each(documentPages)('$docx opens in a Word reader, with real headings and tables in the page’s order', async ({ page, docx }) => {
    const { value: html } = await mammoth.convertToHtml({ path: site.fileFor(`/${docx}`) });
    const word = load(html);
    const built = site.page(`/${page}`);
    expect(normalise(word('h1').first().text())).toBe(normalise(built('main h1').text()));
    const pageSections = built('main h2').not('[data-document-contents] h2').map((_, heading) => normalise(built(heading).text())).get();
    const wordSections = word('h2').map((_, heading) => normalise(word(heading).text())).get();
    expect(wordSections).toEqual(pageSections);
    // Summary lists (key and value) become two-column tables in Word.
    expect(word('table').length).toBe(built('main table').length + built('main dl').length);
    expect(word('h2, h3, h4, h5, h6').length).toBeGreaterThan(pageSections.length);
  });

  test.each(documentPages)('$docx is linked from the plan’s home page with its size, and no PDF is linked when none was made', ({ planId, docx }) => {
    const $ = site.page(`/${planId}/`);
    const item = $(`[data-document-file="${docx}"]`);
    expect(item.find('a').attr('href')).toBe(`/${docx}`);
    expect(item.find('[data-document-size]').text()).toBe(` (Word document, ${describeFileSize(statSync(site.fileFor(`/${docx}`)).size)})`);
    expect($(`[data-document-file="${docx.replace(/\.docx$/, '.pdf')}"]`).length).toBe(0);
    expect($.html()).not.toContain(docx.replace(/\.docx$/, '.pdf'));
    expect(existsSync(site.fileFor(`/${docx.replace(/\.docx$/, '.pdf')}`))).toBe(false);
  });
});
