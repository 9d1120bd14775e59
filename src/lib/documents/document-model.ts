/** The neutral form of a document page: what the HTML walker gives and the Word writer takes. */
import type { Inline } from './document-inline';

export type HeadingLevelNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingBlock {
  kind: 'heading';
  level: HeadingLevelNumber;
  inlines: Inline[];
}

export interface ParagraphBlock {
  kind: 'paragraph';
  inlines: Inline[];
  /** A table's caption, written just before its table. */
  role?: 'caption';
  list?: ListPlacement;
}

export interface ListPlacement {
  type: 'bullet' | 'number';
  /** 0 for a top-level list, 1 for a list inside one of its items, and so on. */
  depth: number;
  /** Tells one numbered list from another, so each counts from 1. */
  instance: number;
  /** False for an item's second and later paragraphs, which are indented but have no bullet or number. */
  marker: boolean;
}

export interface TableBlock {
  kind: 'table';
  rows: TableRowBlock[];
}

export interface TableRowBlock {
  /** A heading row, repeated at the top of each page the table runs onto. */
  isHeader: boolean;
  cells: TableCellBlock[];
}

export interface TableCellBlock {
  blocks: DocumentBlock[];
  columnSpan: number;
  rowSpan: number;
}

export type DocumentBlock = HeadingBlock | ParagraphBlock | TableBlock;
