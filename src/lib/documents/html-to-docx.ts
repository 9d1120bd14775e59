/**
 * Turns a built document page (a whole plan or annual report on one page) into a Word document that
 * councils can paste into committee papers: real headings, lists and tables, and links that work
 * from Word. The same page and options always give the same bytes.
 */
import { Document, Packer, Paragraph, type IStylesOptions, type IBaseParagraphStyleOptions } from 'docx';
import { escapeHtml } from '../html-text';
import { documentBlocks } from './document-blocks';
import { docxContent, NUMBERED_LIST_NUMBERING } from './docx-content';
import { coreTimestamp, reproducibleDocx } from './reproducible-docx';

export interface DocxOptions {
  /** The document's title (Word's Title property), e.g. the page's <h1>. */
  title: string;
  /** Absolute address of the page, for resolving relative links, e.g. "https://example.org/base/city-loip/document/". */
  pageUrl: string;
  /** A fixed date for the file's created/modified properties, so the same page always gives the same bytes. */
  date: Date;
  /** The language Word checks the spelling in and the file declares; 'en-GB' unless given. */
  language?: string;
  /** Word's Author property, e.g. the publisher. */
  creator?: string;
}

const DEFAULT_LANGUAGE = 'en-GB';
const FONT = 'Arial';
// docx sizes are in half points.
const BODY_SIZE = 22;
const HEADING_SIZES = [36, 30, 26, 24, 22, 22] as const;

export async function htmlToDocx(html: string, options: DocxOptions): Promise<Buffer> {
  const content = docxContent(documentBlocks(html, options.pageUrl));
  const document = new Document({
    styles: documentStyles(options.language ?? DEFAULT_LANGUAGE),
    numbering: NUMBERED_LIST_NUMBERING,
    sections: [{ children: content.length > 0 ? content : [new Paragraph({})] }],
  });
  // docx's own core.xml has no language and a made-up last author ("Un-named"); this one replaces it.
  const packed = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: corePropertiesXml(options) }]);
  return reproducibleDocx(packed, options.date);
}

function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: BODY_SIZE, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      heading1: headingStyle(1),
      heading2: headingStyle(2),
      heading3: headingStyle(3),
      heading4: headingStyle(4),
      heading5: headingStyle(5),
      heading6: headingStyle(6),
      caption: { run: { bold: true, size: BODY_SIZE, color: '000000' }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } } },
    },
  };
}

/** Black bold headings with the outline level Word's navigation pane reads, kept with the text after them. */
function headingStyle(level: number): IBaseParagraphStyleOptions {
  return {
    run: { font: FONT, bold: true, color: '000000', size: HEADING_SIZES[level - 1] },
    paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
  };
}

function corePropertiesXml(options: DocxOptions): string {
  const timestamp = coreTimestamp(options.date);
  const creator = options.creator === undefined ? '' : `<dc:creator>${escapeHtml(options.creator)}</dc:creator>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeHtml(options.title)}</dc:title>`,
    creator,
    `<dc:language>${escapeHtml(options.language ?? DEFAULT_LANGUAGE)}</dc:language>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
