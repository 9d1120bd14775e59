/**
 * Tables of a document page: an HTML table as a table (its caption as the paragraph before it), and
 * a description list, such as the design system's summary list, as a two-column table of keys and
 * values. The cells' content is walked by the caller's `cellBlocks`, as any other content is.
 */
import type { ChildNode, Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { collapseWhitespace, hasText } from './document-inline';
import type { DocumentBlock, TableBlock, TableCellBlock, TableRowBlock } from './document-model';
import { inlinesOf, isLeftOut, type WalkContext } from './walk-context';

export type CellBlocks = (nodes: readonly ChildNode[], context: WalkContext) => DocumentBlock[];

const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);

/** The table's caption paragraph, if it has one, then the table; nothing for a table without rows. */
export function htmlTable(table: Element, context: WalkContext, cellBlocks: CellBlocks): DocumentBlock[] {
  const rows = tableRows(table).map((row) => htmlTableRow(row, context, cellBlocks)).filter((row) => row.cells.length > 0);
  if (rows.length === 0) return [];
  const caption = captionOf(table, context);
  const tableBlock: TableBlock = { kind: 'table', rows };
  return caption ? [caption, tableBlock] : [tableBlock];
}

function captionOf(table: Element, context: WalkContext): DocumentBlock | undefined {
  const caption = childElements(table).find((child) => child.name === 'caption');
  if (!caption) return undefined;
  const inlines = collapseWhitespace(inlinesOf(caption.children, cellContext(context, false)));
  return hasText(inlines) ? { kind: 'paragraph', role: 'caption', inlines } : undefined;
}

interface HtmlRow {
  row: Element;
  inHead: boolean;
}

function tableRows(table: Element): HtmlRow[] {
  return childElements(table).flatMap((child) => {
    if (child.name === 'tr') return [{ row: child, inHead: false }];
    if (!ROW_GROUPS.has(child.name)) return [];
    const inHead = child.name === 'thead';
    return childElements(child).filter((row) => row.name === 'tr').map((row) => ({ row, inHead }));
  });
}

function htmlTableRow({ row, inHead }: HtmlRow, context: WalkContext, cellBlocks: CellBlocks): TableRowBlock {
  const cells = childElements(row).filter((cell) => cell.name === 'th' || cell.name === 'td');
  return {
    isHeader: inHead,
    cells: cells.map((cell) => ({
      blocks: cellBlocks(cell.children, cellContext(context, cell.name === 'th')),
      columnSpan: spanOf(cell.attribs.colspan),
      rowSpan: spanOf(cell.attribs.rowspan),
    })),
  };
}

function spanOf(attribute: string | undefined): number {
  const span = Number.parseInt(attribute ?? '', 10);
  return Number.isFinite(span) && span > 1 ? span : 1;
}

/** A key and value table: each `dt` starts a row, and the `dd`s after it fill the row's second cell. */
export function descriptionListTable(list: Element, context: WalkContext, cellBlocks: CellBlocks): TableBlock {
  const rows: TableRowBlock[] = [];
  let value: TableCellBlock | undefined;
  for (const part of descriptionParts(list)) {
    const isKey = part.name === 'dt';
    if (isKey || !value) {
      const key = emptyCell();
      value = emptyCell();
      rows.push({ isHeader: false, cells: [key, value] });
      if (isKey) key.blocks.push(...cellBlocks(part.children, cellContext(context, true)));
    }
    if (!isKey) value.blocks.push(...cellBlocks(part.children, cellContext(context, false)));
  }
  return { kind: 'table', rows };
}

/** The list's `dt` and `dd` elements, also those grouped in a `div` each, as in the summary list. */
function descriptionParts(list: Element): Element[] {
  return childElements(list).flatMap((child) => {
    if (child.name === 'dt' || child.name === 'dd') return [child];
    return child.name === 'div' ? childElements(child).filter((part) => part.name === 'dt' || part.name === 'dd') : [];
  });
}

function emptyCell(): TableCellBlock {
  return { blocks: [], columnSpan: 1, rowSpan: 1 };
}

/** A cell starts afresh: outside any list, link or emphasis, bold if it is a heading or key cell. */
function cellContext(context: WalkContext, bold: boolean): WalkContext {
  return { bold, italic: false, conversion: context.conversion };
}

function childElements(element: Element): Element[] {
  return element.children.filter((child): child is Element => DomUtils.isTag(child) && !isLeftOut(child));
}
