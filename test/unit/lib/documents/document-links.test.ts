import { expect, test } from 'vitest';
import { fillDocumentLinks, type FileSize } from '../../../../src/lib/documents/document-links';

const pdfItem = '<li data-document-file="moray-loip/document.pdf" data-document-format="PDF"><a href="/base/moray-loip/document.pdf">The whole plan as a PDF</a><span data-document-size></span></li>';
const wordItem = '<li data-document-file="moray-loip/document.docx" data-document-format="Word"><a href="/base/moray-loip/document.docx">The whole plan as a Word document</a><span data-document-size></span></li>';
const page = (items: string) => `<!DOCTYPE html><html><body><main><h2>Download the plan</h2><ul>${items}</ul><p>After</p></main></body></html>`;

const sizes =
  (files: Record<string, number>): FileSize =>
  (distPath) =>
    files[distPath];

test('a placeholder whose file exists gets its format and size', () => {
  const filled = fillDocumentLinks(page(pdfItem + wordItem), sizes({ 'moray-loip/document.pdf': 1.2 * 1024 * 1024, 'moray-loip/document.docx': 48 * 1024 }));
  expect(filled).toContain('The whole plan as a PDF</a><span data-document-size> (PDF, 1.2 MB)</span></li>');
  expect(filled).toContain('The whole plan as a Word document</a><span data-document-size> (Word, 48 KB)</span></li>');
});

test('a placeholder whose file was not made is taken out of the page, end tag and all', () => {
  const filled = fillDocumentLinks(page(pdfItem + wordItem), sizes({ 'moray-loip/document.docx': 850 }));
  expect(filled).not.toContain('document.pdf');
  expect(filled).toMatch(/<ul><!--plansite:document-file-not-made [A-Za-z0-9+/=]+--><li data-document-file="moray-loip\/document.docx"/);
  expect(filled).toContain('<span data-document-size> (Word, 850 bytes)</span></li></ul><p>After</p>');
});

test('filling again replaces the sizes, and puts back a link whose file has been made since', () => {
  const once = fillDocumentLinks(page(pdfItem + wordItem), sizes({ 'moray-loip/document.docx': 2048 }));
  expect(fillDocumentLinks(once, sizes({ 'moray-loip/document.docx': 2048 }))).toBe(once);
  const afterPdf = fillDocumentLinks(once, sizes({ 'moray-loip/document.docx': 4096, 'moray-loip/document.pdf': 700 }));
  expect(afterPdf).toBe(fillDocumentLinks(page(pdfItem + wordItem), sizes({ 'moray-loip/document.docx': 4096, 'moray-loip/document.pdf': 700 })));
  expect(afterPdf).toContain('<span data-document-size> (PDF, 700 bytes)</span>');
  expect(afterPdf).toContain('<span data-document-size> (Word, 4 KB)</span>');
});

test('a placeholder with elements inside it, and with the same element nested, is taken out whole', () => {
  const nested = '<div data-document-file="p/document.pdf"><div><p>Print it</p><br><div><span data-document-size></span></div></div></div><div>stays</div>';
  expect(fillDocumentLinks(`<main>${nested}</main>`, sizes({}))).toMatch(/^<main><!--plansite:document-file-not-made [^>]+--><div>stays<\/div><\/main>$/);
});

test('an item ended by the next item or by the end of its list, without its own end tag, is taken out up to there', () => {
  const html = '<ul><li data-document-file="p/document.pdf"><a href="x">PDF</a><li data-document-file="p/document.docx"><a href="y">Word</a><span data-document-size></span></ul>';
  const filled = fillDocumentLinks(html, sizes({ 'p/document.docx': 10 }));
  expect(filled).toMatch(/^<ul><!--plansite:document-file-not-made [^>]+--><li data-document-file="p\/document.docx"><a href="y">Word<\/a><span data-document-size> \(DOCX, 10 bytes\)<\/span><\/ul>$/);
  const lastMissing = '<ul><li data-document-file="p/document.docx"><a href="y">Word</a><li data-document-file="p/document.pdf"><a href="x">PDF</a></ul><p>after</p>';
  expect(fillDocumentLinks(lastMissing, sizes({ 'p/document.docx': 10 }))).toMatch(/^<ul><li data-document-file="p\/document.docx"><a href="y">Word<\/a><!--[^>]+--><\/ul><p>after<\/p>$/);
});

test('without a format, the extension names it; text already in the size span is replaced, not added to', () => {
  const html = '<p data-document-file="p/a.docx"><a href="a">A</a><span data-document-size> (DOCX, 9 MB)</span></p>';
  expect(fillDocumentLinks(html, sizes({ 'p/a.docx': 1024 }))).toBe('<p data-document-file="p/a.docx"><a href="a">A</a><span data-document-size> (DOCX, 1 KB)</span></p>');
});

test('a page without placeholders is returned as it was, and the file sizes are not asked for', () => {
  const html = page('<li><a href="x">Other</a><span data-document-size></span></li>');
  let asked = 0;
  expect(
    fillDocumentLinks(html, () => {
      asked++;
      return 1;
    }),
  ).toBe(html);
  expect(asked).toBe(0);
});

test('set-aside markup with characters that could end a comment is put back exactly', () => {
  const tricky = '<li data-document-file="p/document.pdf"><a href="x">PDF --> 2021--22 <!-- note --></a><span data-document-size></span></li>';
  const once = fillDocumentLinks(`<ul>${tricky}</ul>`, sizes({}));
  expect(once).not.toContain('2021--22');
  expect(fillDocumentLinks(once, sizes({ 'p/document.pdf': 5 }))).toBe(`<ul>${tricky.replace('<span data-document-size></span>', '<span data-document-size> (PDF, 5 bytes)</span>')}</ul>`);
});
