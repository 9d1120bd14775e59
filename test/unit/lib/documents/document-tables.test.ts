import type { ChildNode } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import type { DocumentBlock } from '../../../../src/lib/documents/document-model';
import { descriptionListTable, htmlTable, type CellBlocks } from '../../../../src/lib/documents/document-tables';
import { pageContext } from '../../../../src/lib/documents/walk-context';

const context = pageContext('https://example.org/plan/document/');

/** Stands in for the block walker: a cell's text as one paragraph, marked bold when the cell is. */
const cellText: CellBlocks = (nodes: readonly ChildNode[], cellContext) => {
  const text = DomUtils.textContent([...nodes]).trim();
  return text === '' ? [] : [{ kind: 'paragraph', inlines: [{ kind: 'text', text, bold: cellContext.bold, italic: false }] }];
};

function element(html: string) {
  const found = DomUtils.findOne(() => true, parseDocument(html).children);
  if (!found) throw new Error(`no element in ${html}`);
  return found;
}

/** Each row as "head:" or "body:" and its cells' text, bold cells in *stars*. */
function rowsOf(blocks: readonly DocumentBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.kind !== 'table'
      ? [`${block.kind === 'paragraph' ? block.role : block.kind}: ${block.inlines.map((inline) => (inline.kind === 'text' ? inline.text : '')).join('')}`]
      : block.rows.map((row) => {
          const cells = row.cells.map((cell) => {
            const inline = cell.blocks[0]?.kind === 'paragraph' ? cell.blocks[0].inlines[0] : undefined;
            const value = inline?.kind === 'text' ? (inline.bold ? `*${inline.text}*` : inline.text) : '';
            return cell.columnSpan > 1 ? `${value}(span ${cell.columnSpan})` : value;
          });
          return `${row.isHeader ? 'head' : 'body'}: ${cells.join(' | ')}`;
        }),
  );
}

describe('htmlTable', () => {
  test('caption, header rows, body rows and foot rows, th bold, spans kept', () => {
    const table = element(
      '<table><caption>Measures <span class="visually-hidden">for X</span></caption>' +
        '<thead><tr><th>Measure</th><th>Value</th></tr></thead>' +
        '<tbody><tr><th scope="row">Referrals</th><td>120</td></tr><tr hidden><td>Hidden</td><td>row</td></tr></tbody>' +
        '<tfoot><tr><td colspan="2">Source: council</td></tr></tfoot></table>',
    );
    expect(rowsOf(htmlTable(table, context, cellText))).toEqual([
      'caption: Measures',
      'head: *Measure* | *Value*',
      'body: *Referrals* | 120',
      'body: Source: council(span 2)',
    ]);
  });

  test('rows straight in the table count; a table without rows gives nothing, not even its caption', () => {
    expect(rowsOf(htmlTable(element('<table><tr><td>A</td></tr></table>'), context, cellText))).toEqual(['body: A']);
    expect(htmlTable(element('<table><caption>Empty</caption><tbody></tbody></table>'), context, cellText)).toEqual([]);
  });
});

describe('descriptionListTable', () => {
  test.each([
    ['the summary list', '<dl class="ds_summary-list"><div class="ds_summary-list__item"><dt>Period</dt><dd>2024 to 2027</dd></div><div class="ds_summary-list__item"><dt>Lead</dt><dd>Council</dd></div></dl>', ['body: *Period* | 2024 to 2027', 'body: *Lead* | Council']],
    ['a plain dl', '<dl><dt>Period</dt><dd>2024 to 2027</dd><dt>Lead</dt><dd>Council</dd></dl>', ['body: *Period* | 2024 to 2027', 'body: *Lead* | Council']],
    ['a dd without dt', '<dl><dd>Alone</dd></dl>', ['body:  | Alone']],
    ['a dt without dd', '<dl><dt>First</dt><dt>Second</dt><dd>Value</dd></dl>', ['body: *First* | ', 'body: *Second* | Value']],
  ])('%s', (_case, html, expected) => {
    expect(rowsOf([descriptionListTable(element(html), context, cellText)])).toEqual(expected);
  });

  test('several dd after one dt fill the same value cell', () => {
    const table = descriptionListTable(element('<dl><dt>Partners</dt><dd>Council</dd><dd>NHS</dd></dl>'), context, cellText);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.cells[1]?.blocks).toHaveLength(2);
  });
});
