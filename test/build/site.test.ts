import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileGlossary } from '../../src/lib/jargon';
import { STATUS_APPEARANCE } from '../../src/lib/status-appearance';
import { trailOf } from '../../src/lib/trail';
import { loadRealContent } from '../content/helpers';
import { buildRealSite, normalise } from './built-site';
import { budgetProblems, weighPages } from './budgets';

const { content, index } = loadRealContent();
let site: ReturnType<typeof buildRealSite>;

beforeAll(() => {
  site = buildRealSite();
}, 300_000);
afterAll(() => site?.remove());

const entities = [
  ...content.priorities.map((entry) => ({ kind: 'Priority', entry })),
  ...content.outcomes.map((entry) => ({ kind: 'Outcome', entry })),
  ...content.actions.map((entry) => ({ kind: 'Action', entry })),
  ...content.measures.map((entry) => ({ kind: 'Measure', entry })),
  ...content.reports.map((entry) => ({ kind: 'Report', entry })),
];

describe('npm run build', () => {
  test('succeeds', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
  });

  test('leaves the browser editor out: no /admin/ or /api/ in dist/, and no page or script loads or links to it', () => {
    expect(existsSync(path.join(site.distDir, 'admin'))).toBe(false);
    expect(existsSync(path.join(site.distDir, 'api'))).toBe(false);
    for (const file of globSync('**/*.{html,js}', { cwd: site.distDir })) {
      const text = readFileSync(path.join(site.distDir, file), 'utf8');
      expect(/decap|editor-script|\/admin\/|\/api\/editor/i.test(text), file).toBe(false);
    }
  });

  test('writes a page for every plan with its title', () => {
    for (const plan of content.plans) {
      const $ = site.page(`/${plan.id}/`);
      expect(normalise($('h1').text())).toBe(plan.data.title);
    }
  });

  test('writes one page per priority, outcome, action, measure and report, titled and placed in its plan', () => {
    expect(entities.length).toBeGreaterThanOrEqual(9 + 30 + 110 + 100 + 1);
    for (const { kind, entry } of entities) {
      const $ = site.page(`/${entry.id}/`);
      expect(normalise($('main h1').text()), entry.filePath).toBe(normalise(entry.data.title));
      const plan = index.planById.get(entry.id.split('/')[0]!)!;
      expect(normalise($('title').text()), entry.filePath).toMatch(new RegExp(`^${kind}( \\d+)?: .* – ${plan.data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `));
    }
  });

  test('gives every page breadcrumbs that follow the plan hierarchy', () => {
    for (const { entry } of entities) {
      const crumbs = site.page(`/${entry.id}/`)('nav[aria-label="Breadcrumb"] li').map((_, item) => normalise(site.page(`/${entry.id}/`)(item).text())).get();
      const expected = trailOf(index, entry.id).map((step) => step.title);
      expect(crumbs.slice(0, -1), entry.filePath).toEqual(expected);
    }
  });

  test('shows when every content page was last updated', () => {
    for (const { entry } of entities) {
      const $ = site.page(`/${entry.id}/`);
      expect($('.ds_page-header time[datetime]').attr('datetime'), entry.filePath).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('links related pages both ways', () => {
    for (const outcome of content.outcomes) {
      const links = site.page(`/${outcome.id}/`)('main a').map((_, link) => link.attribs.href).get();
      for (const action of index.actionsByOutcome.get(outcome.id) ?? []) expect(links, outcome.filePath).toContain(`/${action.id}/`);
      for (const measure of index.measuresByOwner.get(outcome.id) ?? []) expect(links, outcome.filePath).toContain(`/${measure.id}/`);
    }
    for (const action of content.actions) {
      const $ = site.page(`/${action.id}/`);
      const links = $('main a').map((_, link) => link.attribs.href).get();
      const [plan] = action.id.split('/');
      const outcomeId = `${plan}/outcomes/${action.data.outcome}`;
      expect(links, action.filePath).toEqual(expect.arrayContaining([`/${outcomeId}/`, `/${plan}/priorities/${index.outcomeById.get(outcomeId)!.data.priority}/`, `/${plan}/`]));
    }
    for (const measure of content.measures) {
      const links = site.page(`/${measure.id}/`)('main a').map((_, link) => link.attribs.href).get();
      expect(links, measure.filePath).toContain(`/${index.ownerOfMeasure.get(measure.id)!.id}/`);
    }
  });

  test('links every page from another page: no orphans', () => {
    const linked = new Set<string>();
    for (const file of globSync('**/*.html', { cwd: site.distDir })) {
      const $ = site.page(`/${file}`.replace(/index\.html$/, ''));
      $('a[href^="/"]').each((_, link) => {
        linked.add(link.attribs.href!.split('#')[0]!);
      });
    }
    for (const { entry } of entities) expect(linked.has(`/${entry.id}/`), entry.filePath).toBe(true);
  }, 60_000);

  test('has no broken internal links or anchors', () => {
    const broken: string[] = [];
    for (const file of globSync('**/*.html', { cwd: site.distDir })) {
      const from = `/${file}`.replace(/index\.html$/, '');
      const $ = site.page(from);
      $('a[href]').each((_, link) => {
        const href = link.attribs.href!;
        if (/^(https?:|mailto:|tel:)/.test(href)) return;
        const [target, anchor] = href.startsWith('#') ? [from, href.slice(1)] : href.split('#');
        if (!site.exists(target!)) broken.push(`${from} → ${href}`);
        else if (anchor && site.page(target!)(`[id="${anchor}"]`).length === 0) broken.push(`${from} → ${href} (no such anchor)`);
      });
    }
    expect(broken).toEqual([]);
  });

  test('every link to another site, anywhere on any page, opens with rel="noopener noreferrer"', () => {
    const unsafe: string[] = [];
    let external = 0;
    for (const file of globSync('**/*.html', { cwd: site.distDir })) {
      const from = `/${file}`.replace(/index\.html$/, '');
      site.page(from)('a[href^="http"]').each((_, link) => {
        if (new URL(link.attribs.href!).origin === 'https://plans.example.scot') return;
        external++;
        const rel = (link.attribs.rel ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${from} → ${link.attribs.href}`);
      });
    }
    expect(external).toBeGreaterThan(0);
    expect(unsafe).toEqual([]);
  });

  test('keeps a space between neighbouring inline elements, so words are not glued together', () => {
    const html = site.page('/moray-csp-2020-23/outcomes/mentally-well/').html();
    const textWithoutTags = normalise(html.replace(/<[^>]+>/g, ''));
    expect(textWithoutTags).toContain('Status: Not stated');
    const crumbs = site.page('/moray-csp-2020-23/outcomes/mentally-well/')('nav[aria-label="Breadcrumb"]').html()!.replace(/<[^>]+>/g, '');
    expect(normalise(crumbs)).toBe('Home Moray CSP 2020–23 The wellbeing of children and young people is improved Emotional and mental wellbeing');
  });

  test('a measure’s trend and target tags end their phrases when read aloud ("Trend: Improving. Latest: …")', () => {
    const tags = Object.keys(STATUS_APPEARANCE).map((status) => `${status.charAt(0).toUpperCase()}${status.slice(1)}`.replace(/[()]/g, '\\$&'));
    const tagged = new RegExp(`(?:Trend|Target): (?:${tags.join('|')})(.|$)`, 'g');
    const runOn: string[] = [];
    let read = 0;
    for (const file of globSync('**/*.html', { cwd: site.distDir })) {
      const text = normalise(readFileSync(path.join(site.distDir, file), 'utf8').replace(/<[^>]+>/g, ''));
      for (const match of text.matchAll(tagged)) {
        read++;
        if (match[1] !== '.') runOn.push(`${file}: ${match[0]}`);
      }
    }
    expect(read).toBeGreaterThan(0);
    expect(runOn.slice(0, 5)).toEqual([]);
  });

  test('shows "Hide this page" on pages about domestic abuse, and nowhere it is not asked for', () => {
    const sensitive = [...content.priorities, ...content.outcomes, ...content.actions, ...content.measures].filter((entry) =>
      entry.data.hideThisPage || entry.data.themes.some((theme) => index.themeById.get(theme)?.data.hideThisPage),
    );
    expect(sensitive.length).toBeGreaterThan(0);
    for (const entry of sensitive) {
      const button = site.page(`/${entry.id}/`)('.ds_hide-page a.js-hide-page');
      expect(button.attr('href'), entry.filePath).toBe('https://www.bbc.co.uk/weather/');
      expect(button.attr('data-altlink'), entry.filePath).toBe('https://www.google.com/');
    }
    expect(site.page('/')('.ds_hide-page').length).toBe(0);
    expect(site.page('/moray-csp-2020-23/outcomes/mentally-well/')('.ds_hide-page').length).toBe(0);
  });

  test('publishes an accessibility statement with what the UK regulations require', () => {
    const $ = site.page('/accessibility/');
    const headings = $('main h2').map((_, heading) => normalise($(heading).text())).get();
    expect(headings).toEqual(
      expect.arrayContaining(['Compliance status', 'Non-accessible content', 'Feedback and contact information', 'Enforcement procedure', 'How we tested this website']),
    );
    const text = normalise($('main').text());
    expect(text).toContain('This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard');
    expect(text).toContain('If you require this document in an alternative language or format');
    expect(text).toMatch(/last built on \d{1,2} \w+ \d{4}/);
    expect(text).toContain("checked again with IBM's Equal Access accessibility checker");
  });

  test('the accessibility statement names a contact: the sample site says no one answers it, and gives each plan’s own contact', () => {
    const $ = site.page('/accessibility/');
    const feedback = $('main h2')
      .filter((_, heading) => normalise($(heading).text()) === 'Feedback and contact information')
      .nextUntil('h2');
    const text = normalise(feedback.text());
    expect(text).toMatch(/This is plansite.s sample site.*messages to it are not answered.*contact the partnership that published it/);
    expect(text).not.toContain('has not yet named');
    const plansWithContacts = content.plans.filter((plan) => plan.data.alternativeFormats);
    expect(plansWithContacts.map((plan) => plan.data.alternativeFormats!.email)).toContain('customerservice@clacks.gov.uk');
    for (const plan of plansWithContacts) {
      const contact = plan.data.alternativeFormats!;
      const item = feedback.find('li').filter((_, entry) => $(entry).find(`a[href$="/${plan.id}/"]`).length > 0);
      expect(item.length, plan.id).toBe(1);
      if (contact.email) expect(item.find(`a[href="mailto:${contact.email}"]`).text(), plan.id).toBe(contact.email);
      if (contact.phone) expect(normalise(item.text()), plan.id).toContain(`Phone ${contact.phone}.`);
      if (contact.url) expect(item.find(`a[href="${contact.url}"]`).length, plan.id).toBe(1);
    }
  });

  test('sends nothing to analytics unless the publisher turns it on', () => {
    expect(site.page('/')('script[data-domain]').length).toBe(0);
  });

  test('groups the home page by area', () => {
    const $ = site.page('/');
    expect($('main section h2').map((_, heading) => normalise($(heading).text())).get()).toEqual(['Clackmannanshire', 'Moray']);
    expect($('main section h3 a').length).toBe(content.plans.length);
  });

  test('builds the theme, glossary, about, accessibility, A to Z, search and not-found pages', () => {
    for (const sitePath of ['/themes/', '/glossary/', '/about/', '/accessibility/', '/a-z/', '/search/', '/404.html', ...content.themes.map((theme) => `/themes/${theme.id}/`)]) {
      expect(site.exists(sitePath), sitePath).toBe(true);
    }
    const glossary = site.page('/glossary/');
    expect(glossary('#camhs').text()).toContain('CAMHS');
  });

  test('each plan lists its own pages from A to Z, each once and in order; the site-wide A to Z links every plan’s list', () => {
    const siteWide = site.page('/a-z/');
    for (const plan of content.plans) {
      expect(siteWide(`a[href="/${plan.id}/a-z/"]`).text()).toContain(plan.data.title);
      const $ = site.page(`/${plan.id}/a-z/`);
      // Links in a note explaining a term (see src/lib/jargon.ts) are not list entries.
      const listed = $('main li a').not('.ps_term a').map((_, link) => link.attribs.href!).get();
      const expected = entities.filter(({ entry }) => entry.id.startsWith(`${plan.id}/`)).map(({ entry }) => `/${entry.id}/`);
      expect([...listed].sort()).toEqual([...expected].sort());
      $('main ul').each((_, list) => {
        const titles = $(list).find('a').not('.ps_term a').map((_, link) => $(link).text()).get();
        expect(titles).toEqual([...titles].sort(new Intl.Collator('en-GB', { sensitivity: 'base' }).compare));
      });
    }
  });

  test('every page has a skip link to main, one h1 and the site search form; a chart embed, made for another site’s frame, has its main and h1 only', () => {
    for (const file of globSync('**/*.html', { cwd: site.distDir })) {
      const $ = site.page(`/${file}`.replace(/index\.html$/, ''));
      expect($('main#main-content').length, file).toBe(1);
      expect($('h1').length, file).toBe(1);
      expect($('html').attr('lang'), file).toBe('en-GB');
      if (file.startsWith('embed/')) continue;
      expect($('a.ds_skip-links__link').attr('href'), file).toBe('#main-content');
      expect($('.ds_site-header form[role="search"] input[name="q"]').length, file).toBe(1);
    }
  });

  test('only pages that draw a chart, search or can be hidden ship JavaScript: charts under 90 KB compressed, the others under 5 KB; a table that may scroll adds only its own 1 KB', () => {
    const bytesOf = (scripts: string[]) => scripts.reduce((total, src) => total + gzipSync(readFileSync(site.fileFor(src))).length, 0);
    for (const file of globSync('**/*.html', { cwd: site.distDir })) {
      const $ = site.page(`/${file}`.replace(/index\.html$/, ''));
      const hasChart = $('[data-module="ps-measure-chart"]').length > 0;
      const hasSearch = $('[data-module="ps-search"]').length > 0 || $('.ds_hide-page').length > 0;
      const scripts = $('script').map((_, script) => script.attribs.src ?? 'inline').get();
      // A table region becomes a tab stop only while it scrolls sideways (scripts/scrollable-tables.ts).
      const tableScripts = $('[data-scrollable-table]').length > 0 ? scripts.filter((src) => src.includes('/ScrollableTable.')) : [];
      expect(bytesOf(tableScripts), file).toBeLessThanOrEqual(1024);
      const others = scripts.filter((src) => !tableScripts.includes(src));
      if (!hasChart && !hasSearch) {
        expect(others, file).toEqual([]);
        continue;
      }
      expect(scripts.every((src) => src.startsWith('/_astro/')), file).toBe(true);
      expect(bytesOf(others), file).toBeLessThanOrEqual(hasChart ? 90 * 1024 : 5 * 1024);
    }
  });
});

describe('page weight budgets', () => {
  test('every page keeps to the budgets for HTML, CSS and JavaScript; the heaviest are listed', () => {
    const pages = globSync('**/*.html', { cwd: site.distDir }).map((file) => ({ file, html: readFileSync(path.join(site.distDir, file), 'utf8') }));
    const weights = weighPages(pages, (href) => readFileSync(site.fileFor(href)));
    const heaviest = [...weights].sort((a, b) => b.htmlAndCss - a.htmlAndCss).slice(0, 5);
    console.log(`Heaviest pages (compressed HTML + CSS):\n${heaviest.map((page) => `  ${(page.htmlAndCss / 1024).toFixed(1)} KB  ${page.file}`).join('\n')}`);
    expect(budgetProblems(weights)).toEqual([]);
  }, 60_000);

  test('every image has its width and height, so nothing moves as the page loads', () => {
    for (const file of globSync('**/*.html', { cwd: site.distDir })) {
      const $ = site.page(`/${file}`.replace(/index\.html$/, ''));
      $('img').each((_, image) => {
        expect([image.attribs.width, image.attribs.height].every(Boolean), `${file}: ${image.attribs.src}`).toBe(true);
      });
    }
  });
});

describe('measures', () => {
  const withFigures = content.measures.filter((measure) => index.seriesByMeasure.has(measure.id));

  test('published figures come from the LGBF file, with Scotland to compare', () => {
    expect(withFigures.length).toBeGreaterThanOrEqual(10);
    for (const measure of withFigures) {
      expect(measure.data.source?.name, measure.filePath).toContain('Local Government Benchmarking Framework');
      expect(index.seriesByMeasure.get(measure.id)!.data.rows.some((row) => row.area === 'Scotland'), measure.filePath).toBe(true);
    }
  });

  test('every measure with figures has a chart with a text alternative, a table of every figure and a working CSV link', () => {
    for (const measure of withFigures) {
      const $ = site.page(`/${measure.id}/`);
      const canvas = $('figure[data-module="ps-measure-chart"] canvas[role="img"]');
      expect(canvas.length, measure.filePath).toBe(1);
      expect(canvas.attr('aria-label'), measure.filePath).toMatch(/^(Rose|Fell|Stayed|The latest figure)/);
      const rows = index.seriesByMeasure.get(measure.id)!.data.rows;
      // A row per period, and every figure in its own cell.
      expect($('table.ds_table tbody tr').length, measure.filePath).toBe(new Set(rows.map((row) => row.period)).size);
      const figureCells = $('table.ds_table tbody td.ps_numeric').filter((_, cell) => $(cell).text().trim() !== 'No figure');
      expect(figureCells.length, measure.filePath).toBe(rows.length);
      expect($('table.ds_table caption').text(), measure.filePath).toContain(measure.data.title);
      const csvHref = $('a[download]').attr('href')!;
      expect(csvHref, measure.filePath).toBe(`/${measure.id}.csv`);
      const csvLines = readFileSync(site.fileFor(csvHref), 'utf8').trim().split('\n');
      expect(csvLines[0]).toBe('period,area,value,unit,flag,footnote');
      expect(csvLines.length - 1, measure.filePath).toBe(rows.length);
    }
  });

  test('a measure without figures says so and draws no chart', () => {
    const without = content.measures.filter((measure) => measure.data.kind === 'quantitative' && !index.seriesByMeasure.has(measure.id));
    expect(without.length).toBeGreaterThan(0);
    for (const measure of without) {
      const $ = site.page(`/${measure.id}/`);
      expect($('canvas').length, measure.filePath).toBe(0);
      expect(normalise($('main').text()), measure.filePath).toContain('No data published yet');
    }
  });

  test('each plan publishes all its measures and figures as JSON', () => {
    for (const plan of content.plans) {
      const published = JSON.parse(readFileSync(site.fileFor(`/${plan.id}/data.json`), 'utf8'));
      const measures = content.measures.filter((measure) => measure.id.startsWith(`${plan.id}/`));
      expect(published.plan.title).toBe(plan.data.title);
      expect(published.measures).toHaveLength(measures.length);
      const figures = published.measures.reduce((total: number, measure: { figures: unknown[] }) => total + measure.figures.length, 0);
      const rows = measures.reduce((total, measure) => total + (index.seriesByMeasure.get(measure.id)?.data.rows.length ?? 0), 0);
      expect(figures).toBe(rows);
    }
  });
});

describe('progress', () => {
  test('explains every status in words, each with its own icon shape within its group', () => {
    const $ = site.page('/statuses/');
    const groups = $('main section');
    expect(groups.map((_, group) => $(group).attr('aria-labelledby')).get()).toEqual(['actions', 'rag', 'trends', 'targets', 'health']);
    groups.each((_, group) => {
      const tags = $(group).find('.ps_status');
      const words = tags.map((__, tag) => normalise($(tag).text())).get();
      // The shape: a Design System icon by name, or plansite's own drawing.
      const shapes = tags.map((__, tag) => $(tag).find('use').attr('href')?.replace(/^.*#/, '') ?? $(tag).find('path').attr('d')).get();
      expect(words.every((word) => /^[A-Z][a-z -]+$/.test(word)), words.join()).toBe(true);
      expect(new Set(shapes).size, `${$(group).attr('aria-labelledby')}: ${shapes.join()}`).toBe(words.length);
    });
    expect(normalise($('#actions').parent().text())).toContain('Overdue The action’s completion target has passed and it is not complete');
  });

  test('each plan and priority page has a progress dashboard; a plan without reports says so', () => {
    for (const plan of content.plans) {
      const dashboard = normalise(site.page(`/${plan.id}/`)('section[aria-labelledby="progress"] .ps_dashboard').text());
      expect(dashboard, plan.id).toMatch(/^What the statuses mean Actions Actions by status: \d+ actions?/);
      expect(dashboard, plan.id).toContain('Measures');
      const reports = index.reportsByPlan.get(plan.id) ?? [];
      if (reports.length === 0) expect(dashboard, plan.id).toContain('No progress report has been published for this plan yet.');
    }
    for (const priority of content.priorities) {
      expect(site.page(`/${priority.id}/`)('.ps_dashboard').length, priority.filePath).toBe(1);
    }
    expect(normalise(site.page('/moray-loip/')('.ps_dashboard').text())).toContain(
      'Performance monitoring report: 2021/22 Quarter 1 is the first progress report, so there is nothing to compare it with yet.',
    );
  });

  test('every plan’s actions can be filtered by status, lead and theme on pages that need no JavaScript', () => {
    for (const plan of content.plans) {
      const $ = site.page(`/${plan.id}/actions/`);
      const filterLinks = $('nav[aria-labelledby="filter-actions"] a').map((_, link) => $(link).attr('href')!).get();
      expect(filterLinks.some((href) => href.startsWith(`/${plan.id}/actions/status/`)), plan.id).toBe(true);
      const total = $('main tbody tr').length;
      for (const facet of ['status', 'lead', 'theme']) {
        const pages = filterLinks.filter((href) => href.startsWith(`/${plan.id}/actions/${facet}/`));
        let listed = 0;
        for (const href of pages) {
          const rows = site.page(href)('main tbody tr').length;
          expect(rows, href).toBeGreaterThan(0);
          expect(site.page(href)('a[aria-current="page"]').length, href).toBe(1);
          listed += rows;
        }
        // Every action has exactly one status and one lead (or "no lead named").
        if (facet !== 'theme') expect(listed, `${plan.id} ${facet}`).toBe(total);
      }
    }
  });
});

/** A strict XML parser: throws on anything not well-formed, including undeclared namespace prefixes. */
test('the feed check rejects XML that is not well-formed', () => {
  expect(() => new SaxesParser({ xmlns: true }).write('<rss><channel><title>A & B</title></channel></rss>').close()).toThrow();
  expect(() => new SaxesParser({ xmlns: true }).write('<rss><atom:link/></rss>').close()).toThrow();
});

describe('feeds', () => {
  const feeds = ['/feed.xml', ...content.plans.map((plan) => `/${plan.id}/feed.xml`)];

  test('are well-formed RSS with absolute links, and list the reports', () => {
    for (const feed of feeds) {
      const xml = readFileSync(site.fileFor(feed), 'utf8');
      expect(() => new SaxesParser({ xmlns: true }).write(xml).close(), feed).not.toThrow();
      const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
      expect(rss['@_version'], feed).toBe('2.0');
      const items = [rss.channel.item ?? []].flat() as Array<{ title: string; link: string; pubDate: string; guid: unknown }>;
      for (const link of [rss.channel.link, rss.channel['atom:link']['@_href'], ...items.map((item) => item.link)]) {
        expect(link, feed).toMatch(/^https:\/\/plans\.example\.scot\//);
      }
      for (const item of items) expect(Number.isNaN(Date.parse(item.pubDate)), `${feed}: ${item.title}`).toBe(false);
    }
    const siteFeed = new XMLParser().parse(readFileSync(site.fileFor('/feed.xml'), 'utf8')).rss.channel;
    expect([siteFeed.item].flat().map((item: { title: string }) => item.title)).toContain('Moray LOIP: Performance monitoring report: 2021/22 Quarter 1');
    const loipFeed = new XMLParser().parse(readFileSync(site.fileFor('/moray-loip/feed.xml'), 'utf8')).rss.channel;
    expect([loipFeed.item].flat()[0]).toMatchObject({
      title: 'Performance monitoring report: 2021/22 Quarter 1',
      link: 'https://plans.example.scot/moray-loip/reports/2021-22-q1/',
    });
  });

  test('are linked from every page’s head, each plan’s pages add their own, and the reports pages link them', () => {
    const alternates = ($: ReturnType<typeof site.page>) => $('head link[rel="alternate"][type="application/rss+xml"]').map((_, link) => $(link).attr('href')).get();
    expect(alternates(site.page('/'))).toEqual(['/feed.xml']);
    for (const plan of content.plans) {
      expect(alternates(site.page(`/${plan.id}/`))).toEqual(['/feed.xml', `/${plan.id}/feed.xml`]);
      const $ = site.page(`/${plan.id}/reports/`);
      expect($(`main a[href="/${plan.id}/feed.xml"]`).length, plan.id).toBe(1);
    }
  });
});

describe('for young people', () => {
  const promiseAreas = ['a-good-childhood', 'whole-family-support', 'supporting-the-workforce', 'planning', 'building-capacity'];
  const shanarri = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'];

  test('every Promise priority area and SHANARRI indicator has a theme page listing its pages plan by plan, or saying none has it yet', () => {
    for (const theme of [...promiseAreas, ...shanarri]) {
      const $ = site.page(`/themes/${theme}/`);
      const plans = $('main section[aria-labelledby^="plan-"]');
      if (plans.length === 0) {
        expect(normalise($('main').text()), theme).toContain('No priorities, outcomes, actions or measures have this theme yet.');
        continue;
      }
      plans.each((_, section) => {
        expect($(section).find('h2').text().length, theme).toBeGreaterThan(0);
        expect($(section).find('li a').length + $(section).find('p a').length, theme).toBeGreaterThan(0);
      });
    }
    // The sample content is tagged: each Promise area and indicator has at least one page.
    for (const theme of [...promiseAreas, ...shanarri]) expect(index.taggedWith.get(theme)?.length ?? 0, theme).toBeGreaterThan(0);
    expect(normalise(site.page('/themes/uncrc-article-12/').text())).toContain('Every child has the right to express their views');
  });

  test('the home page and the header link to a page for young people with every priority as a plain card', () => {
    expect(site.page('/')('main a[href="/young-people/"]').length).toBe(1);
    expect(site.page('/')('header a[href="/young-people/"]').length).toBeGreaterThan(0);
    const $ = site.page('/young-people/');
    const cards = $('.ps_card-list--plain .ds_category-item');
    expect(cards.length).toBe(content.priorities.length);
    for (const priority of content.priorities) {
      const card = cards.filter((_, item) => $(item).find(`a[href="/${priority.id}/"]`).length > 0);
      expect(normalise(card.find('.ds_category-item__summary').text()), priority.filePath).toContain(normalise(priority.data.inShort).slice(0, 40));
    }
    const text = normalise($('main').text());
    for (const phrase of ['What is a children’s services plan?', 'Youth Council', 'Oor Clacks Voices', 'Powerhouse events', 'Every child has the right to express their views, feelings and wishes in all matters affecting them']) {
      expect(text).toContain(phrase);
    }
  });

  test('abbreviations are explained at their first use on each page, and the glossary has an anchor for every term', () => {
    const glossary = site.page('/glossary/');
    for (const term of content.glossary) expect(glossary(`h3#${term.id}`).length, term.filePath).toBe(1);
    const $ = site.page('/moray-loip/reports/2021-22-q1/');
    // The heading writes the expansion out itself, and stays as written: no link or abbreviation is added to it.
    const heading = $('main h4').filter((_, element) => normalise($(element).text()) === 'Use of the Multi-Agency Support Hub (MASH)');
    expect(heading.length).toBe(1);
    expect(heading.children().length).toBe(0);
    expect(glossary('main abbr').length).toBe(0);
  });

});

describe('glossary terms, explained where readers meet them', () => {
  const htmlPages = () => globSync('**/*.html', { cwd: site.distDir }).map((file) => `/${file}`.replace(/index\.html$/, ''));

  test('headings stay plain text: no glossary link or expansion inside any h1 to h6 on any page', () => {
    const cluttered: string[] = [];
    for (const sitePath of htmlPages()) {
      const $ = site.page(sitePath);
      $('h1, h2, h3, h4, h5, h6').each((_, heading) => {
        if ($(heading).find('a[href*="glossary/#"], abbr, .ps_term').length > 0) cluttered.push(`${sitePath}: ${$.html(heading)}`);
      });
    }
    expect(cluttered).toEqual([]);
  }, 60_000);

  test('every page explains every glossary term it uses, once, wherever the term is first met', () => {
    const compiled = compileGlossary(content.glossary.flatMap((entry) => [entry.data.term, ...entry.data.aliases].map((term) => ({ id: entry.id, term, expansion: entry.data.expansion }))))!;
    const unexplained: string[] = [];
    const twice: string[] = [];
    let pagesUsingTerms = 0;
    for (const sitePath of htmlPages().filter((page) => page !== '/glossary/')) {
      const main = site.page(sitePath)('main').clone();
      main.find('script, style, template, code, pre, svg, [hidden], [aria-hidden="true"]').remove();
      // The page's own text: a note's plain explanation may use other terms, which the glossary explains.
      const text = normalise(main.clone().find('p.ps_term').remove().end().text());
      const matches = [...text.matchAll(compiled.pattern)].map((match) => ({ id: compiled.lookup(match[0])!.id, from: match.index, to: match.index + match[0].length }));
      const used = new Set(matches.map((match) => match.id));
      if (used.size > 0) pagesUsingTerms++;
      for (const id of used) {
        const links = main.find(`a[href$="/glossary/#${id}"]`).length;
        // An author who wrote the expansion right beside the term has explained it: "Multi-Agency Support Hub (MASH)".
        const expansion = content.glossary.find((entry) => entry.id === id)!.data.expansion?.toLowerCase();
        const writtenOut = matches.some((match) => match.id === id && expansion !== undefined && text.slice(Math.max(0, match.from - expansion.length - 3), match.to + expansion.length + 3).toLowerCase().includes(expansion));
        if (links === 0 && !writtenOut) unexplained.push(`${sitePath}: ${id}`);
        if (links > 1) twice.push(`${sitePath}: ${id}`);
      }
    }
    expect(pagesUsingTerms).toBeGreaterThan(100);
    expect(unexplained).toEqual([]);
    expect(twice).toEqual([]);
  }, 60_000);

  test('a term met first in the page title is explained directly under it: the "Effective GIRFEC systems" action explains GIRFEC', () => {
    const action = content.actions.find((entry) => entry.data.title.startsWith('Effective GIRFEC systems and processes are in place'))!;
    const $ = site.page(`/${action.id}/`);
    const note = $('main h1').next();
    expect(note.is('p.ps_term')).toBe(true);
    expect(normalise(note.text())).toBe('GIRFEC: Getting it right for every child.');
    expect(note.find('a').attr('href')).toBe('/glossary/#girfec');
    expect(note.find('abbr').attr('title')).toBe('Getting it right for every child');
    expect($('main a[href="/glossary/#girfec"]').length).toBe(1);
  });
});

describe('plan health check', () => {
  const byKind = (kind: string) => content.plans.filter((plan) => plan.data.kind === kind);

  test('each children’s services plan has a "How this plan measures up" page, linked from the plan, with all 15 criteria (6a and 6b apart)', () => {
    expect(byKind('childrens-services-plan').length).toBeGreaterThan(0);
    for (const plan of byKind('childrens-services-plan')) {
      expect(site.page(`/${plan.id}/`)(`main a[href="/${plan.id}/health-check/"]`).length, plan.id).toBe(1);
      const $ = site.page(`/${plan.id}/health-check/`);
      const rows = $('main tbody tr').map((_, row) => $(row).attr('id')).get();
      expect(rows, plan.id).toEqual(['1', '2', '3', '4', '5', '6a', '6b', '7', '8', '9', '10', '11', '12', '13', '14', '15'].map((id) => `criterion-${id}`));
      expect($('main tbody .ps_status').length, plan.id).toBe(16);
      // Criteria only people can judge are never shown as met.
      for (const id of ['3', '4', '6a', '6b', '7', '8', '10', '11']) expect(normalise($(`#criterion-${id} .ps_status`).text()), `${plan.id} ${id}`).toMatch(/^(Self-assessed|Not stated)$/);
    }
  });

  test('a LOIP is checked against what the Community Empowerment (Scotland) Act 2015 asks of a LOIP, each criterion with its source', () => {
    const [plan] = byKind('local-outcomes-improvement-plan');
    const $ = site.page(`/${plan!.id}/health-check/`);
    const main = normalise($('main').text());
    expect(main).toContain('Community Empowerment (Scotland) Act 2015');
    expect($('main a[href="https://www.legislation.gov.uk/asp/2015/6/part/2"]').length).toBe(1);
    expect($('main tbody tr').length).toBe(12);
    for (const id of ['local-outcomes', 'reducing-inequalities', 'community-participation', 'annual-progress-report']) expect($(`#criterion-${id}`).length, id).toBe(1);
    $('main tbody tr').each((_, row) => {
      expect(normalise($(row).find('th').text()), $(row).attr('id')).toMatch(/Source: Sections? \d/);
    });
    expect(normalise($('#criterion-local-outcomes th').text())).toContain('Source: Section 6(2)(a); guidance paragraph 126');
    expect(normalise($('#criterion-local-outcomes td details').last().text())).toContain('local outcomes to which priority is to be given');
    expect(main).not.toMatch(/GIRFEC|Family support|national review of children/i);
  });

  test('a service plan has no health check: no page, no link, and none in its open data', () => {
    for (const plan of byKind('service-plan')) {
      expect(site.page(`/${plan.id}/`)(`main a[href="/${plan.id}/health-check/"]`).length, plan.id).toBe(0);
      expect(existsSync(site.fileFor(`/${plan.id}/health-check/`)), plan.id).toBe(false);
      expect(JSON.parse(readFileSync(site.fileFor(`/${plan.id}/data.json`), 'utf8')).healthCheck, plan.id).toBeNull();
    }
  });

  test('its counts match the plan’s published data and pages', () => {
    for (const plan of byKind('childrens-services-plan')) {
      const published = JSON.parse(readFileSync(site.fileFor(`/${plan.id}/data.json`), 'utf8'));
      const $ = site.page(`/${plan.id}/health-check/`);
      // Criterion 5: the number of priorities, as the plan's priorities page lists them.
      const priorityCount = site.page(`/${plan.id}/priorities/`)(`main a[href^="/${plan.id}/priorities/"]`).filter((_, link) => /^Priority \d+:/.test(normalise(site.page(`/${plan.id}/priorities/`)(link).text()))).length;
      expect(normalise($('#criterion-5').text()), plan.id).toContain(`${priorityCount} ${priorityCount === 1 ? 'priority' : 'priorities'} (the guidance suggests 3 to 5).`);
      // Criterion 13: measures with published figures, from data.json (the plan's own measures, not context statistics).
      const own = published.measures.filter((measure: { context: boolean }) => !measure.context);
      const withFigures = own.filter((measure: { figures: unknown[] }) => measure.figures.length > 0).length;
      const percent = own.length === 0 ? 0 : Math.round((withFigures / own.length) * 100);
      expect(normalise($('#criterion-13').text()), plan.id).toContain(`Of ${own.length} measures:`);
      expect(normalise($('#criterion-13').text()), plan.id).toContain(`${percent}% have published figures`);
      expect(published.healthCheck.map((entry: { id: string }) => entry.id)).toHaveLength(16);
    }
  });
});
