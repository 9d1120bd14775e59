import { load } from 'cheerio';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { htmlToDocx, type DocxOptions } from '../../../../src/lib/documents/html-to-docx';

const PAGE_URL = 'https://example.org/base/moray-loip/document/';
const OPTIONS: DocxOptions = {
  title: 'Moray Local Outcomes Improvement Plan',
  pageUrl: PAGE_URL,
  date: new Date('2025-04-01T09:30:00Z'),
  creator: 'Moray Community Planning Partnership',
};

const page = (main: string): string =>
  `<!doctype html><html lang="en-GB"><head><title>Plan</title><style>p{}</style></head><body>` +
  `<header>Site header</header><main id="main-content">${main}</main><footer>Site footer</footer></body></html>`;

/** The Word document read back as HTML, as mammoth sees it. */
async function readBack(main: string, options: DocxOptions = OPTIONS) {
  const docx = await htmlToDocx(page(main), options);
  const { value } = await mammoth.convertToHtml({ buffer: docx });
  return load(value);
}

async function zipPart(docx: Buffer, path: string): Promise<string> {
  const part = (await JSZip.loadAsync(docx)).file(path);
  if (!part) throw new Error(`${path} is not in the document`);
  return part.async('string');
}

describe('htmlToDocx: headings and text', () => {
  test('h1 to h6 come back as headings, with their text, in order', async () => {
    const $ = await readBack([1, 2, 3, 4, 5, 6].map((level) => `<h${level}>Heading ${level}</h${level}><p>Text</p>`).join(''));
    const headings = $('h1, h2, h3, h4, h5, h6').toArray().map((heading) => [heading.tagName, $(heading).text()]);
    expect(headings).toEqual([1, 2, 3, 4, 5, 6].map((level) => [`h${level}`, `Heading ${level}`]));
  });

  test('bold and italic survive, whitespace collapses, a br is a line break', async () => {
    const $ = await readBack('<p>\n  Some <strong>bold</strong>,   <b>more bold</b>, <em>italic</em> and <i>more</i>.<br>\n Next line </p>');
    expect($('p').html()).toBe('Some <strong>bold</strong>, <strong>more bold</strong>, <em>italic</em> and <em>more</em>.<br>Next line');
  });

  test('text loose in a block container becomes a paragraph of its own', async () => {
    const $ = await readBack('<div>Loose text <span>in a div</span><p>A paragraph</p>and after it</div>');
    expect($('p').toArray().map((paragraph) => $(paragraph).text())).toEqual(['Loose text in a div', 'A paragraph', 'and after it']);
  });
});

describe('htmlToDocx: links', () => {
  test('links come back as links to absolute addresses; mailto is kept; in-page links are plain text', async () => {
    const $ = await readBack(
      '<p><a href="../priorities/safe/">Relative</a> <a href="/other-plan/">Root</a> ' +
        '<a href="https://gov.scot/">External</a> <a href="mailto:plans@moray.gov.uk">Email</a> <a href="#section-2">Anchor</a></p>',
    );
    const links = $('a').toArray().map((link) => [$(link).text(), $(link).attr('href')]);
    expect(links).toEqual([
      ['Relative', 'https://example.org/base/moray-loip/priorities/safe/'],
      ['Root', 'https://example.org/other-plan/'],
      ['External', 'https://gov.scot/'],
      ['Email', 'mailto:plans@moray.gov.uk'],
    ]);
    expect($('p').text()).toContain('Anchor');
  });
});

describe('htmlToDocx: lists', () => {
  test('ul and ol come back as lists, nested lists inside their item', async () => {
    const $ = await readBack('<ul><li>Fruit<ul><li>Apples</li><li>Pears</li></ul></li><li>Bread</li></ul><ol><li>First</li><li>Second</li></ol>');
    expect($('body > ul > li').length).toBe(2);
    expect($('body > ul > li ul > li').toArray().map((item) => $(item).text())).toEqual(['Apples', 'Pears']);
    expect($('ol > li').toArray().map((item) => $(item).text())).toEqual(['First', 'Second']);
  });
});

describe('htmlToDocx: tables', () => {
  const table =
    '<table><caption>Measures for keeping children safe</caption>' +
    '<thead><tr><th>Measure</th><th>Latest</th></tr></thead>' +
    '<tbody><tr><td><a href="../measures/referrals/">Referrals</a></td><td><p>120</p><p>Up from 100</p></td></tr>' +
    '<tr><td>Waiting times</td><td>6 weeks</td></tr></tbody></table>';

  test('a table comes back with its header row, rows and cells, its caption just before it', async () => {
    const $ = await readBack(`<p>Before</p>${table}`);
    expect($('table').prev().text()).toBe('Measures for keeping children safe');
    expect($('thead th').toArray().map((cell) => $(cell).text())).toEqual(['Measure', 'Latest']);
    expect($('thead strong').length).toBe(2);
    const rows = $('tbody tr').toArray().map((row) => $(row).find('td').toArray().map((cell) => $(cell).find('p').toArray().map((paragraph) => $(paragraph).text())));
    expect(rows).toEqual([
      [['Referrals'], ['120', 'Up from 100']],
      [['Waiting times'], ['6 weeks']],
    ]);
    expect($('tbody a').attr('href')).toBe('https://example.org/base/moray-loip/measures/referrals/');
  });

  test('the table spans the page and its heading row repeats on each page', async () => {
    const documentXml = await zipPart(await htmlToDocx(page(table), OPTIONS), 'word/document.xml');
    expect(documentXml).toContain('<w:tblW w:type="pct" w:w="5000"/>');
    expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });

  test('a description list comes back as a two-column table without header, keys bold', async () => {
    const $ = await readBack('<dl><dt>Period</dt><dd>2024 to 2027</dd><dt>Lead</dt><dd>Moray Council</dd></dl>');
    expect($('thead, th').length).toBe(0);
    const rows = $('tr').toArray().map((row) => $(row).find('td').toArray().map((cell) => $(cell).text()));
    expect(rows).toEqual([
      ['Period', '2024 to 2027'],
      ['Lead', 'Moray Council'],
    ]);
    expect($('td strong').toArray().map((key) => $(key).text())).toEqual(['Period', 'Lead']);
  });
});

describe('htmlToDocx: what is left out', () => {
  test('screen-only parts and text outside <main> are absent', async () => {
    const $ = await readBack(
      '<h1>Plan</h1>' +
        '<nav data-document-contents><h2>Contents</h2><ul><li><a href="#one">Contents entry</a></li></ul></nav>' +
        '<ul data-document-skip><li>Download this as Word</li></ul>' +
        '<script>var scriptText = 1;</script><svg><text>Chart text</text></svg><button>Show all</button>' +
        '<p>Kept <span class="visually-hidden">hidden words</span>text</p>' +
        '<p hidden>Hidden paragraph</p><p aria-hidden="true">Decoration</p>' +
        '<table><caption class="visually-hidden">Hidden caption kept</caption><tr><td>Cell</td></tr></table>',
    );
    const text = $.root().text();
    expect(text).toContain('Kept text');
    expect(text).toContain('Hidden caption kept');
    for (const absent of ['Contents', 'Download this', 'scriptText', 'Chart text', 'Show all', 'hidden words', 'Hidden paragraph', 'Decoration', 'Site header', 'Site footer']) {
      expect(text).not.toContain(absent);
    }
  });

  test('a page without <main> is refused, naming the page', async () => {
    await expect(htmlToDocx('<body><p>No main</p></body>', OPTIONS)).rejects.toThrow(`${PAGE_URL} has no <main> element`);
  });
});

describe('htmlToDocx: a realistic plan page', () => {
  const plan =
    '<div class="ds_page-header"><h1 class="ds_page-header__title">Moray Local Outcomes Improvement Plan</h1></div>' +
    '<ul class="ps_document-downloads" data-document-skip><li><a href="../document.docx">Download as Word</a></li></ul>' +
    '<dl class="ds_summary-list">' +
    '<div class="ds_summary-list__item"><dt class="ds_summary-list__key">Period</dt><dd class="ds_summary-list__value">2024 to 2027</dd></div>' +
    '<div class="ds_summary-list__item"><dt class="ds_summary-list__key">Published by</dt><dd class="ds_summary-list__value"><a href="https://www.moray.gov.uk/">Moray Council</a></dd></div>' +
    '</dl>' +
    '<section id="keeping-children-safe"><h2>1. Keeping children safe</h2>' +
    '<p>Children in Moray are <strong>safe</strong> and <em>protected</em>.</p>' +
    '<ul><li>Fewer referrals<ul><li>In the east</li><li>In the west</li></ul></li><li>Shorter waits</li></ul>' +
    '<table class="ds_table"><caption class="visually-hidden">Measures for keeping children safe</caption>' +
    '<thead><tr><th scope="col">Measure</th><th scope="col">Status</th></tr></thead>' +
    '<tbody><tr><td><a href="../measures/referrals/">Referrals</a></td><td><strong class="ds_tag">On track</strong></td></tr></tbody></table>' +
    '</section>';

  test('it reads back as the page reads', async () => {
    const $ = await readBack(plan);
    const outline = $('body').children().toArray().map((element) => element.tagName);
    expect(outline).toEqual(['h1', 'table', 'h2', 'p', 'ul', 'p', 'table']);
    expect($('h1').text()).toBe('Moray Local Outcomes Improvement Plan');
    expect($('h2').text()).toBe('1. Keeping children safe');
    expect($('table').first().find('tr').toArray().map((row) => $(row).text())).toEqual(['Period2024 to 2027', 'Published byMoray Council']);
    expect($('table').first().find('a').attr('href')).toBe('https://www.moray.gov.uk/');
    expect($('body > ul > li').first().find('li').toArray().map((item) => $(item).text())).toEqual(['In the east', 'In the west']);
    expect($('table').last().prev().text()).toBe('Measures for keeping children safe');
    expect($('table').last().find('th').toArray().map((cell) => $(cell).text())).toEqual(['Measure', 'Status']);
    expect($('table').last().find('a').attr('href')).toBe('https://example.org/base/moray-loip/measures/referrals/');
    expect($.root().text()).not.toContain('Download as Word');
  });
});

describe('htmlToDocx: properties and reproducible bytes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const linkedPage = page('<h1>Plan</h1><p><a href="../a/">A link</a> and <a href="https://gov.scot/">another</a></p><ol><li>One</li></ol>');

  test('the same page and options give the same bytes at different times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-01-01T08:00:00Z'));
    const first = await htmlToDocx(linkedPage, OPTIONS);
    vi.setSystemTime(new Date('2031-07-15T17:45:13Z'));
    const second = await htmlToDocx(linkedPage, OPTIONS);
    expect(second.equals(first)).toBe(true);
  });

  test('the same bytes also after real time has passed', async () => {
    const first = await htmlToDocx(linkedPage, OPTIONS);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await htmlToDocx(linkedPage, OPTIONS);
    expect(second.equals(first)).toBe(true);
  });

  test('the core properties hold the title, creator, language and the fixed date', async () => {
    const coreXml = await zipPart(await htmlToDocx(linkedPage, { ...OPTIONS, title: 'Plan & report' }), 'docProps/core.xml');
    expect(coreXml).toContain('<dc:title>Plan &amp; report</dc:title>');
    expect(coreXml).toContain('<dc:creator>Moray Community Planning Partnership</dc:creator>');
    expect(coreXml).toContain('<dc:language>en-GB</dc:language>');
    expect(coreXml).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-04-01T09:30:00Z</dcterms:created>');
    expect(coreXml).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-01T09:30:00Z</dcterms:modified>');
  });

  test('the zip entries carry the fixed date too', async () => {
    const zip = await JSZip.loadAsync(await htmlToDocx(linkedPage, OPTIONS));
    const dates = Object.values(zip.files).map((entry) => entry.date.toISOString());
    expect(new Set(dates)).toEqual(new Set(['2025-04-01T09:30:00.000Z']));
  });

  test('the default font is Arial 11pt in the given language, and headings have outline levels', async () => {
    const stylesXml = await zipPart(await htmlToDocx(linkedPage, { ...OPTIONS, language: 'gd-GB' }), 'word/styles.xml');
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(stylesXml)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Arial"');
    expect(defaults).toContain('<w:sz w:val="22"/>');
    expect(defaults).toContain('<w:lang w:val="gd-GB"/>');
    expect(stylesXml).toMatch(/w:styleId="Heading2">.*?<w:outlineLvl w:val="1"\/>/);
  });
});
