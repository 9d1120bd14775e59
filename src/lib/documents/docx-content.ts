/** Writes a document page's blocks as the paragraphs and tables of a Word document (`docx` objects). */
import {
  AlignmentType,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type ParagraphChild,
} from 'docx';
import type { Inline, TextInline } from './document-inline';
import type { DocumentBlock, HeadingBlock, ListPlacement, ParagraphBlock, TableBlock, TableCellBlock } from './document-model';

export const NUMBERED_LIST_REFERENCE = 'numbered-list';

const LIST_INDENT_STEP = 720;
const MARKER_HANGING = 360;
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
const WORD_LIST_LEVELS = 9;

/** The numbering the document must define for numbered lists: 1. a. i. and round again, one level per depth. */
export const NUMBERED_LIST_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: NUMBERED_LIST_REFERENCE,
      levels: Array.from({ length: WORD_LIST_LEVELS }, (_, level) => ({
        level,
        format: NUMBER_FORMATS[level % NUMBER_FORMATS.length],
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: listIndent(level) } },
      })),
    },
  ],
};

const HEADING_LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
  5: HeadingLevel.HEADING_5,
  6: HeadingLevel.HEADING_6,
} as const;

export function docxContent(blocks: readonly DocumentBlock[]): Array<Paragraph | Table> {
  const content: Array<Paragraph | Table> = [];
  for (const block of blocks) {
    // Word runs two tables with nothing between them together into one.
    if (block.kind === 'table' && content.at(-1) instanceof Table) content.push(new Paragraph({}));
    content.push(blockContent(block));
  }
  return content;
}

function blockContent(block: DocumentBlock): Paragraph | Table {
  if (block.kind === 'heading') return headingParagraph(block);
  if (block.kind === 'table') return docxTable(block);
  return docxParagraph(block);
}

function headingParagraph(block: HeadingBlock): Paragraph {
  return new Paragraph({ heading: HEADING_LEVELS[block.level], children: runsOf(block.inlines) });
}

function docxParagraph(block: ParagraphBlock): Paragraph {
  const children = runsOf(block.inlines);
  if (block.role === 'caption') return new Paragraph({ style: 'Caption', children });
  if (block.list) return listParagraph(block.list, children);
  return new Paragraph({ children });
}

function listParagraph(list: ListPlacement, children: ParagraphChild[]): Paragraph {
  const level = Math.min(list.depth, WORD_LIST_LEVELS - 1);
  if (!list.marker) return new Paragraph({ children, indent: { left: listIndent(level).left } });
  if (list.type === 'bullet') return new Paragraph({ children, bullet: { level } });
  return new Paragraph({ children, numbering: { reference: NUMBERED_LIST_REFERENCE, level, instance: list.instance } });
}

function listIndent(level: number): { left: number; hanging: number } {
  return { left: LIST_INDENT_STEP * (level + 1), hanging: MARKER_HANGING };
}

function docxTable(block: TableBlock): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    // Only heading rows say so: docx writes `tblHeader="off"` otherwise, which some readers take as on.
    rows: block.rows.map((row) => new TableRow({ ...(row.isHeader ? { tableHeader: true } : {}), children: row.cells.map(docxTableCell) })),
  });
}

function docxTableCell(cell: TableCellBlock): TableCell {
  const children = docxContent(cell.blocks);
  // Word needs every cell to end with a paragraph, even an empty cell or one ending in a table.
  if (!(children.at(-1) instanceof Paragraph)) children.push(new Paragraph({}));
  const spans = { ...(cell.columnSpan > 1 ? { columnSpan: cell.columnSpan } : {}), ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}) };
  return new TableCell({ children, ...spans });
}

/** Runs of text, with each stretch of text that links to one address as one hyperlink. */
export function runsOf(inlines: readonly Inline[]): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (let start = 0; start < inlines.length; ) {
    const href = linkOf(inlines[start]);
    let end = start + 1;
    while (end < inlines.length && linkOf(inlines[end]) === href) end++;
    const runs = inlines.slice(start, end).map(textRun);
    children.push(...(href === undefined ? runs : [new ExternalHyperlink({ link: href, children: runs })]));
    start = end;
  }
  return children;
}

function linkOf(inline: Inline | undefined): string | undefined {
  return inline?.kind === 'text' ? inline.href : undefined;
}

function textRun(inline: Inline): TextRun {
  if (inline.kind === 'break') return new TextRun({ break: 1 });
  return new TextRun({ text: inline.text, ...emphasisOf(inline), ...(inline.href === undefined ? {} : { style: 'Hyperlink' }) });
}

function emphasisOf(inline: TextInline): { bold?: true; italics?: true } {
  return { ...(inline.bold ? { bold: true } : {}), ...(inline.italic ? { italics: true } : {}) };
}
