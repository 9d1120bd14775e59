/**
 * Reads a Word document (.docx): its headings, paragraphs and list items in order, and each of its
 * tables as a grid ("Table 1", "Table 2"…). mammoth turns the document into plain HTML (it writes a
 * vertically merged cell as `rowspan`); this module walks that HTML.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import mammoth from 'mammoth';
import { cellRef, type Cell, type Grid, type GridRow, type Paragraph, type SourceDocument } from './grid';
import { ImportReadError, officeContainer } from './read-error';

type HtmlNode = ReturnType<typeof parseDocument>['children'][number];
type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

const MAMMOTH_OPTIONS = {
  // A plan's name is often typed in Word's "Title" style, which mammoth otherwise reads as body text.
  styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"],
  // Pictures are not part of the plan's text; leaving them out keeps the HTML small.
  convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
};

export async function readDocx(bytes: Buffer, file: string): Promise<SourceDocument> {
  const parts: DocumentParts = { grids: [], paragraphs: [], paragraphsSinceTable: 0 };
  readBlocks(parseDocument(await documentHtml(bytes, file)).children, parts);
  return { file, format: 'docx', grids: parts.grids, paragraphs: parts.paragraphs };
}

async function documentHtml(bytes: Buffer, file: string): Promise<string> {
  try {
    return (await mammoth.convertToHtml({ buffer: bytes }, MAMMOTH_OPTIONS)).value;
  } catch {
    const older = officeContainer(bytes) === 'compound';
    throw new ImportReadError(
      file,
      older
        ? `${file} cannot be read: it is a Word 97–2003 document (.doc) with a .docx name, or it is protected with a password. Open it in Word, remove the password if it has one, and save it as a Word Document (.docx).`
        : `${file} is not a Word document. Open it in Word and save it as a Word Document (.docx).`,
    );
  }
}

interface DocumentParts {
  grids: Grid[];
  paragraphs: Paragraph[];
  /** Paragraphs since the last table: a table straight after another has no paragraph of its own to introduce it. */
  paragraphsSinceTable: number;
}

function readBlocks(nodes: HtmlNode[], parts: DocumentParts): void {
  for (const node of nodes) {
    if (!DomUtils.isTag(node)) continue;
    const heading = /^h([1-6])$/.exec(node.name);
    if (heading) addParagraph(parts, { text: blockText(node.children), heading: Number(heading[1]) });
    else if (node.name === 'p') addParagraph(parts, { text: blockText(node.children) });
    else if (node.name === 'ul' || node.name === 'ol') readList(node, parts);
    else if (node.name === 'table') addTable(parts, tableGrid(node, `Table ${parts.grids.length + 1}`));
    else readBlocks(node.children, parts);
  }
}

function readList(list: HtmlElement, parts: DocumentParts): void {
  for (const item of list.children) {
    if (!DomUtils.isTag(item) || item.name !== 'li' || isNote(item)) continue;
    const nested = item.children.filter((child) => DomUtils.isTag(child) && (child.name === 'ul' || child.name === 'ol'));
    addParagraph(parts, { text: blockText(item.children.filter((child) => !nested.includes(child))), listItem: true });
    readBlocks(nested, parts);
  }
}

function addParagraph(parts: DocumentParts, paragraph: Paragraph): void {
  if (paragraph.text === '') return;
  parts.paragraphs.push(paragraph);
  parts.paragraphsSinceTable++;
}

function addTable(parts: DocumentParts, grid: Grid): void {
  parts.grids.push(grid);
  const introduction = parts.paragraphs.at(-1);
  if (introduction && parts.paragraphsSinceTable > 0) introduction.beforeTable = parts.grids.length;
  parts.paragraphsSinceTable = 0;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'div', 'blockquote']);

/** The text of some HTML: each paragraph, list item or line break starts a line; bold and italic are just text. */
function blockText(nodes: HtmlNode[]): string {
  return nodes
    .map(nodeText)
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function nodeText(node: HtmlNode): string {
  if (DomUtils.isText(node)) return node.data;
  if (!DomUtils.isTag(node) || isNote(node) || isNoteReference(node)) return '';
  if (node.name === 'br') return '\n';
  const text = node.children.map(nodeText).join('');
  return BLOCKS.has(node.name) ? `\n${text}\n` : text;
}

/** A footnote or endnote, which mammoth lists after the document's own text. */
function isNote(element: HtmlElement): boolean {
  return /^(footnote|endnote)-\d/.test(element.attribs.id ?? '');
}

/** The "[1]" that marks a footnote in the text, or the "↑" back to it. */
function isNoteReference(element: HtmlElement): boolean {
  if (element.name === 'a') return /^#(footnote|endnote)-/.test(element.attribs.href ?? '');
  return element.name === 'sup' && element.children.length > 0 && element.children.every((child) => DomUtils.isTag(child) && isNoteReference(child));
}

// ---------------------------------------------------------------- tables

function childTags(element: HtmlElement, names: string[]): HtmlElement[] {
  return element.children.filter(DomUtils.isTag).filter((child) => names.includes(child.name));
}

/** Rows of this table, not of a table inside one of its cells. */
function tableRows(table: HtmlElement): HtmlElement[] {
  return childTags(table, ['tr', 'thead', 'tbody', 'tfoot']).flatMap((child) => (child.name === 'tr' ? [child] : childTags(child, ['tr'])));
}

function span(cell: HtmlElement, attribute: 'rowspan' | 'colspan'): number {
  const value = Number.parseInt(cell.attribs[attribute] ?? '1', 10);
  return Number.isFinite(value) && value > 1 ? value : 1;
}

interface TableLayout {
  rowCount: number;
  /** "row:column" of every position a cell already covers, blank or not. */
  taken: Set<string>;
  cells: Map<number, Map<number, Cell>>;
}

/** The first row of the table is row 1; every position a spanning cell covers gets its text, so each row reads whole. */
function tableGrid(table: HtmlElement, name: string): Grid {
  const rows = tableRows(table);
  const layout: TableLayout = { rowCount: rows.length, taken: new Set(), cells: new Map() };
  rows.forEach((tableRow, index) => {
    let column = 0;
    for (const tableCell of childTags(tableRow, ['td', 'th'])) column = placeCell(layout, tableCell, index + 1, column);
  });
  return { name, rows: gridRows(layout.cells) };
}

/** Puts a cell in the first column from `from` that no cell above spans into; returns the column after it. */
function placeCell(layout: TableLayout, tableCell: HtmlElement, row: number, from: number): number {
  let column = from;
  while (layout.taken.has(`${row}:${column}`)) column++;
  const topLeft: Cell = { text: blockText(tableCell.children), ref: cellRef(column, row) };
  const lastRow = Math.min(row + span(tableCell, 'rowspan') - 1, layout.rowCount);
  const lastColumn = column + span(tableCell, 'colspan') - 1;
  for (let coveredRow = row; coveredRow <= lastRow; coveredRow++) {
    for (let coveredColumn = column; coveredColumn <= lastColumn; coveredColumn++) {
      layout.taken.add(`${coveredRow}:${coveredColumn}`);
      const isTopLeft = coveredRow === row && coveredColumn === column;
      if (topLeft.text !== '') place(layout.cells, coveredRow, coveredColumn, isTopLeft ? topLeft : { text: topLeft.text, ref: cellRef(coveredColumn, coveredRow), mergedFrom: topLeft.ref });
    }
  }
  return lastColumn + 1;
}

function place(cells: Map<number, Map<number, Cell>>, row: number, column: number, cell: Cell): void {
  const rowCells = cells.get(row) ?? new Map<number, Cell>();
  rowCells.set(column, cell);
  cells.set(row, rowCells);
}

function gridRows(cells: Map<number, Map<number, Cell>>): GridRow[] {
  return [...cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, rowCells]) => ({ row, cells: Array.from({ length: Math.max(...rowCells.keys()) + 1 }, (_, index) => rowCells.get(index)) }));
}
