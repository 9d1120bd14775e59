import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DOCUMENT_PAGES = [
  { page: 'moray-loip/document/', title: 'Moray LOIP: the whole plan – Plans for children', heading: 'Moray Local Outcomes Improvement Plan', sections: ['Our priorities', 'Safer communities', 'Measures of progress'] },
  { page: 'moray-loip/annual-report/2021-22/', title: 'Moray LOIP annual report 2021-22 – Plans for children', heading: 'Annual report 2021-22', sections: ['What we did', 'What changed', 'What comes next'] },
];

/** Something a page's own print style might add, which the PDF's header and footer replace. */
export const CSS_MARGIN_BOX_TEXT = 'OWN RUNNING HEAD';

const paragraph = (n: number) =>
  `<p>Paragraph ${n}. Partners in Moray work together so that children and young people are safe, healthy, achieving, nurtured, active, respected, responsible and included, and so that families get help early, close to home.</p>`;

const downloads = (stem: string) =>
  `<ul class="ps_print-hidden" data-document-skip>` +
  `<li data-document-file="${stem}.pdf" data-document-format="PDF"><a href="/plans/${stem}.pdf">As a PDF</a><span data-document-size></span></li>` +
  `<li data-document-file="${stem}.docx" data-document-format="Word document"><a href="/plans/${stem}.docx">As a Word document</a><span data-document-size></span></li></ul>`;

function documentHtml({ page, title, heading, sections }: (typeof DOCUMENT_PAGES)[number]): string {
  const body = sections
    .map((section, index) => `<h2>${section}</h2>${Array.from({ length: 6 }, (_, n) => paragraph(index * 10 + n)).join('')}`)
    .join('');
  const table = '<table><caption>Children looked after</caption><thead><tr><th scope="col">Year</th><th scope="col">Number</th></tr></thead><tbody><tr><th scope="row">2020-21</th><td>120</td></tr><tr><th scope="row">2021-22</th><td>112</td></tr></tbody></table>';
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'"><title>${title}</title><link rel="stylesheet" href="/plans/_astro/document.css"></head>
<body><main><h1>${heading}</h1><p>Published <time data-document-made datetime="2022-09-30">30 September 2022</time></p>${downloads(page.slice(0, -1))}${body}${table}</main></body></html>`;
}

/**
 * A small built site, as served under /plans/: two document pages (each section a new page, a table,
 * enough text for several pages) and a plan home page that links to their files.
 */
export function writeDocumentSite(): string {
  const distDir = mkdtempSync(path.join(tmpdir(), 'plansite-documents-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(distDir, file)), { recursive: true });
    writeFileSync(path.join(distDir, file), text);
  };
  // As the site's print style does, the list of downloads is left off paper.
  write('_astro/document.css', `h2 { break-before: page; } @media print { .ps_print-hidden { display: none; } } @page { margin: 5mm; @top-center { content: "${CSS_MARGIN_BOX_TEXT}"; } }`);
  for (const document of DOCUMENT_PAGES) write(`${document.page}index.html`, documentHtml(document));
  write('index.html', '<!DOCTYPE html><html lang="en-GB"><head><title>Plans</title></head><body><h1>Plans</h1></body></html>');
  write('moray-loip/index.html', `<!DOCTYPE html><html lang="en-GB"><head><title>Moray LOIP</title></head><body><main><h1>Moray LOIP</h1>${downloads('moray-loip/document')}</main></body></html>`);
  return distDir;
}
