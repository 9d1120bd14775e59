/**
 * Where on a page a reader meets a glossary term, and where its explanation can go (see jargon.ts).
 *
 * Running text can take an explanation beside the term. Text that must stay as written cannot: a
 * heading (a link or an expansion inside one is read out badly), a link (no link inside a link), a card
 * (the whole card is one link), a caption, a list's term, a form control. A term first met there is
 * explained in a short note straight after the block that holds it: under the heading (the page title
 * too), after the paragraph, at the end of the list item, after the table, the list of cards, the page's
 * contents or the form. One rule everywhere, so the explanation is always next to the first use.
 */
import type { GlossaryEntry } from './jargon';

/** How a reader meets the text inside an element. */
export type Reading = 'running' | 'plain' | 'unread';

export interface OpenElement {
  name: string;
  reading: Reading;
  /** A note may be written inside it, as its last child: it holds blocks, and nothing around it must stay as written. */
  holdsNotes: boolean;
  /** Nothing may be added inside it: it, or an element around it, must stay as written. */
  closed: boolean;
  /** Notes to write straight after the element, and as its last child. */
  notesAfter: GlossaryEntry[];
  notesAtEnd: GlossaryEntry[];
}

/** Text no one reads as prose: terms there are neither counted nor changed. */
const UNREAD = new Set(['script', 'style', 'template', 'code', 'pre', 'svg', 'textarea', 'title']);
/** Text that must stay as written (read, but nothing may be added to it). */
const PLAIN = new Set(['a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'label', 'select', 'option', 'summary', 'nav', 'caption', 'dt', 'legend']);
/** Cards are one big link (the Design System stretches it over the card), so nothing inside one could be used. */
const PLAIN_CLASSES = ['ds_category-item'];
/** A note never goes inside these, even where the text itself is running text: after the table or form instead. */
const NO_NOTES_INSIDE = new Set(['table', 'form']);
/** Elements a paragraph may stand in. A `<div>` in a `<dl>` only groups a term with its description, so it may not. */
const HOLDS_BLOCKS = new Set(['main', 'div', 'section', 'article', 'aside', 'header', 'footer', 'li', 'dd', 'details', 'figure', 'blockquote']);
/** Block elements: a note after one starts on a line of its own. Anything else is inline, so its note goes at the end of the block around it. */
const BLOCKS = new Set([...HOLDS_BLOCKS, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'dl', 'table', 'nav', 'form', 'fieldset', 'summary', 'hr', 'address']);

function hasClass(attributes: Record<string, string>, names: string[]): boolean {
  const classes = (attributes.class ?? '').split(/\s+/);
  return names.some((name) => classes.includes(name));
}

/** An element as it opens inside `parent` (undefined for the outermost). */
export function openElement(name: string, attributes: Record<string, string>, parent: OpenElement | undefined): OpenElement {
  const unread = UNREAD.has(name) || 'hidden' in attributes || attributes['aria-hidden'] === 'true';
  const plain = PLAIN.has(name) || hasClass(attributes, PLAIN_CLASSES);
  const reading: Reading = parent?.reading === 'unread' || unread ? 'unread' : parent?.reading === 'plain' || plain ? 'plain' : 'running';
  const closed = (parent?.closed ?? false) || plain || NO_NOTES_INSIDE.has(name);
  const holdsNotes = !closed && HOLDS_BLOCKS.has(name) && !(name === 'div' && parent?.name === 'dl');
  return { name, reading, holdsNotes, closed, notesAfter: [], notesAtEnd: [] };
}

/**
 * Where the note for text inside the innermost of `open` goes: straight after the block around the text
 * that sits in the innermost element that may hold a note, or at the end of that element if the text is
 * inline there. Undefined if no element may hold one.
 */
export function noteList(open: OpenElement[]): GlossaryEntry[] | undefined {
  let index = open.length - 1;
  while (index >= 0 && !open[index]!.holdsNotes) index--;
  if (index === -1) return undefined;
  const block = open[index + 1];
  return block && BLOCKS.has(block.name) ? block.notesAfter : open[index]!.notesAtEnd;
}
