/** The inline content of a paragraph, heading or caption, and its whitespace collapsed as a browser collapses it. */

export interface TextInline {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  /** The absolute address the text links to, when it is a link. */
  href?: string;
}

export interface BreakInline {
  kind: 'break';
}

export type Inline = TextInline | BreakInline;

// HTML's whitespace: a no-break space (U+00A0) is text and stays.
const HTML_WHITESPACE_RUN = /[ \t\n\r\f]+/g;

/**
 * Runs of whitespace become one space, also across runs; spaces at the start and end of the block
 * and around line breaks go. Runs left empty are dropped.
 */
export function collapseWhitespace(inlines: readonly Inline[]): Inline[] {
  const collapsed: Inline[] = [];
  let afterSpace = true;
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      trimLineEnd(collapsed);
      collapsed.push(inline);
      afterSpace = true;
      continue;
    }
    let text = inline.text.replace(HTML_WHITESPACE_RUN, ' ');
    if (afterSpace && text.startsWith(' ')) text = text.slice(1);
    if (text === '') continue;
    collapsed.push({ ...inline, text });
    afterSpace = text.endsWith(' ');
  }
  trimLineEnd(collapsed);
  return collapsed;
}

function trimLineEnd(inlines: Inline[]): void {
  for (let last = inlines.at(-1); last?.kind === 'text'; last = inlines.at(-1)) {
    last.text = last.text.replace(/ +$/, '');
    if (last.text !== '') return;
    inlines.pop();
  }
}

export function hasText(inlines: readonly Inline[]): boolean {
  return inlines.some((inline) => inline.kind === 'text');
}

export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join('');
}
