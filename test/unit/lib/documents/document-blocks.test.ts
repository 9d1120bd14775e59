import { describe, expect, test } from 'vitest';
import { documentBlocks } from '../../../../src/lib/documents/document-blocks';
import { plainText, type Inline } from '../../../../src/lib/documents/document-inline';
import type { DocumentBlock } from '../../../../src/lib/documents/document-model';

const PAGE_URL = 'https://example.org/base/moray-loip/document/';
const blocksOf = (main: string) => documentBlocks(`<body><p>Outside</p><main>${main}</main><p>After</p></body>`, PAGE_URL);
const text = (value: string, marks: { bold?: boolean; italic?: boolean; href?: string } = {}): Inline => ({
  kind: 'text',
  text: value,
  bold: marks.bold ?? false,
  italic: marks.italic ?? false,
  ...(marks.href === undefined ? {} : { href: marks.href }),
});

/** Each block as one line, to compare outlines. */
function outline(blocks: readonly DocumentBlock[]): string[] {
  return blocks.map((block) => {
    if (block.kind === 'heading') return `h${block.level} ${plainText(block.inlines)}`;
    if (block.kind === 'table') return `table ${block.rows.length} rows`;
    const list = block.list ? `${block.list.type}${block.list.depth}${block.list.marker ? '' : ' continued'} ` : '';
    return `${block.role ?? 'p'} ${list}${plainText(block.inlines)}`;
  });
}

describe('documentBlocks', () => {
  test('only <main> is read', () => {
    expect(outline(blocksOf('<p>Inside</p>'))).toEqual(['p Inside']);
  });

  test('headings, paragraphs and loose text in containers, in order', () => {
    const blocks = blocksOf('<section><h2> Priority <span>one</span> </h2>Loose <b>text</b><p>Para</p><div><div>Deep</div></div></section>');
    expect(outline(blocks)).toEqual(['h2 Priority one', 'p Loose text', 'p Para', 'p Deep']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', inlines: [text('Loose '), text('text', { bold: true })] });
  });

  test('an inline element holding blocks passes its link on to them', () => {
    const blocks = blocksOf('<a href="../actions/a1/"><h3>Action 1</h3><p>Details</p></a>');
    const href = 'https://example.org/base/moray-loip/actions/a1/';
    expect(blocks).toEqual([
      { kind: 'heading', level: 3, inlines: [text('Action 1', { href })] },
      { kind: 'paragraph', inlines: [text('Details', { href })] },
    ]);
  });

  test('empty paragraphs and headings are dropped', () => {
    expect(blocksOf('<p>  </p><h2><span hidden>Hidden</span></h2><p><br></p>')).toEqual([]);
  });

  test('lists: each item one paragraph with its marker; nested lists a level deeper; later paragraphs continue the item', () => {
    const blocks = blocksOf('<ul><li>One<ul><li>One a</li></ul></li><li><p>Two</p><p>Two, more</p></li></ul><ol><li>First</li></ol><ol><li>Again</li></ol>');
    expect(outline(blocks)).toEqual(['p bullet0 One', 'p bullet1 One a', 'p bullet0 Two', 'p bullet0 continued Two, more', 'p number0 First', 'p number0 Again']);
    const instances = blocks.map((block) => (block.kind === 'paragraph' ? block.list?.instance : undefined));
    expect(instances.slice(4)).toEqual([1, 2]);
  });

  test('a table’s caption is a caption paragraph just before it', () => {
    const blocks = blocksOf('<table><caption class="visually-hidden">Measures</caption><tr><td>A</td></tr></table>');
    expect(outline(blocks)).toEqual(['caption Measures', 'table 1 rows']);
  });

  test('a table inside a list item leaves the item', () => {
    const blocks = blocksOf('<ul><li>Item<table><tr><td>Cell</td></tr></table></li></ul>');
    expect(outline(blocks)).toEqual(['p bullet0 Item', 'table 1 rows']);
    const table = blocks[1];
    expect(table?.kind === 'table' && table.rows[0]?.cells[0]?.blocks).toEqual([{ kind: 'paragraph', inlines: [text('Cell')] }]);
  });

  test('a description list is a table; skipped parts are not', () => {
    const blocks = blocksOf('<dl><dt>Period</dt><dd>2024 to 2027</dd></dl><dl data-document-skip><dt>x</dt><dd>y</dd></dl><dl></dl>');
    expect(outline(blocks)).toEqual(['table 1 rows']);
  });

  test('a page without <main> is refused', () => {
    expect(() => documentBlocks('<p>No main</p>', PAGE_URL)).toThrow(`${PAGE_URL} has no <main> element`);
  });
});
