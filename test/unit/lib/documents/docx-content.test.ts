import { Document, ExternalHyperlink, Packer, TextRun } from 'docx';
import { describe, expect, test } from 'vitest';
import type { Inline } from '../../../../src/lib/documents/document-inline';
import type { DocumentBlock, ListPlacement, TableBlock } from '../../../../src/lib/documents/document-model';
import { docxContent, NUMBERED_LIST_NUMBERING, runsOf } from '../../../../src/lib/documents/docx-content';
import { readZip } from '../../../../src/lib/documents/zip-archive';

const text = (value: string, href?: string): Inline => ({ kind: 'text', text: value, bold: false, italic: false, ...(href ? { href } : {}) });
const paragraph = (value: string, list?: ListPlacement): DocumentBlock => ({ kind: 'paragraph', inlines: [text(value)], ...(list ? { list } : {}) });
const oneCellTable = (blocks: DocumentBlock[] = [paragraph('Cell')]): TableBlock => ({
  kind: 'table',
  rows: [{ isHeader: false, cells: [{ blocks, columnSpan: 1, rowSpan: 1 }] }],
});

async function documentXml(blocks: DocumentBlock[]): Promise<string> {
  const docx = await Packer.toBuffer(new Document({ numbering: NUMBERED_LIST_NUMBERING, sections: [{ children: docxContent(blocks) }] }));
  const part = readZip(docx).find((entry) => entry.path === 'word/document.xml');
  return Buffer.from(part?.data ?? []).toString('utf8');
}

/** The body's paragraphs and tables, in order, without their namespaces' noise. */
async function bodyXml(blocks: DocumentBlock[]): Promise<string> {
  const xml = await documentXml(blocks);
  return (/<w:body>(.*)<w:sectPr>/.exec(xml)?.[1] ?? '').replace(/ xml:space="preserve"/g, '');
}

describe('docxContent', () => {
  test.each([1, 2, 3, 4, 5, 6] as const)('a level %i heading uses Word’s Heading %i style', async (level) => {
    expect(await bodyXml([{ kind: 'heading', level, inlines: [text('Title')] }])).toBe(`<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr><w:r><w:t>Title</w:t></w:r></w:p>`);
  });

  test('a caption uses Word’s Caption style', async () => {
    expect(await bodyXml([{ kind: 'paragraph', role: 'caption', inlines: [text('Measures')] }])).toContain('<w:pStyle w:val="Caption"/>');
  });

  test('each numbered list has its own numbering, so each counts from 1; bullets share one', async () => {
    const xml = await bodyXml([
      paragraph('A', { type: 'number', depth: 0, instance: 1, marker: true }),
      paragraph('B', { type: 'number', depth: 0, instance: 2, marker: true }),
      paragraph('C', { type: 'bullet', depth: 1, instance: 0, marker: true }),
    ]);
    const numbering = [...xml.matchAll(/<w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/>/g)].map((match) => [match[1], match[2]]);
    expect(numbering).toHaveLength(3);
    expect(numbering[0]?.[1]).not.toBe(numbering[1]?.[1]);
    expect(numbering[2]?.[0]).toBe('1');
  });

  test('an item’s later paragraph is indented like the item, without a marker', async () => {
    const xml = await bodyXml([paragraph('More', { type: 'bullet', depth: 1, instance: 0, marker: false })]);
    expect(xml).not.toContain('<w:numPr>');
    expect(xml).toContain('<w:ind w:left="1440"/>');
  });

  test('two tables in a row get a paragraph between them, so Word keeps them apart', async () => {
    const xml = await bodyXml([oneCellTable(), oneCellTable()]);
    expect(xml).toMatch(/<\/w:tbl><w:p\/><w:tbl>/);
  });

  test('every cell ends with a paragraph, even an empty one or one ending in a table', async () => {
    const xml = await bodyXml([oneCellTable([]), oneCellTable([oneCellTable()])]);
    expect(xml.match(/<\/w:tc>/g)).toHaveLength(3);
    expect(xml).not.toMatch(/<\/w:tbl><\/w:tc>/);
    expect(xml).not.toMatch(/<w:tc>(<w:tcPr>.*?<\/w:tcPr>)?<\/w:tc>/);
  });

  test('only heading rows are marked as such, and a span of one is not written', async () => {
    const table: TableBlock = {
      kind: 'table',
      rows: [
        { isHeader: true, cells: [{ blocks: [paragraph('Head')], columnSpan: 2, rowSpan: 1 }] },
        { isHeader: false, cells: [{ blocks: [paragraph('A')], columnSpan: 1, rowSpan: 1 }, { blocks: [paragraph('B')], columnSpan: 1, rowSpan: 1 }] },
      ],
    };
    const xml = await bodyXml([table]);
    expect(xml.match(/<w:tblHeader/g)).toEqual(['<w:tblHeader']);
    expect(xml.match(/<w:gridSpan w:val="(\d)"\/>/g)).toEqual(['<w:gridSpan w:val="2"/>']);
  });
});

describe('runsOf', () => {
  test('neighbouring runs to one address are one hyperlink; other text stays plain runs', () => {
    const runs = runsOf([text('See '), text('the ', 'https://a.example/'), text('plan', 'https://a.example/'), text(' or '), text('this', 'https://b.example/')]);
    expect(runs.map((run) => (run instanceof ExternalHyperlink ? `link ${run.options.link} (${run.options.children.length})` : run instanceof TextRun ? 'run' : 'other'))).toEqual([
      'run',
      'link https://a.example/ (2)',
      'run',
      'link https://b.example/ (1)',
    ]);
  });

  test('bold, italic and line breaks are written', async () => {
    const xml = await bodyXml([{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Both', bold: true, italic: true }, { kind: 'break' }, text('next')] }]);
    expect(xml).toContain('<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr><w:t>Both</w:t>');
    expect(xml).toContain('<w:br/>');
  });
});
