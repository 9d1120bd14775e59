/**
 * What the walk over a document page carries down the tree: inherited bold, italic and link, the
 * list item being filled, and the page's address. Also which elements are left out, and the inline
 * content of an element read as one line of text.
 */
import type { ChildNode, Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import type { Inline } from './document-inline';
import type { ListPlacement } from './document-model';

export interface WalkContext {
  bold: boolean;
  italic: boolean;
  href?: string;
  listItem?: ListItemState;
  conversion: ConversionState;
}

export interface ListItemState {
  type: ListPlacement['type'];
  depth: number;
  instance: number;
  markerUsed: boolean;
}

interface ConversionState {
  pageUrl: string;
  numberedListCount: number;
}

const SKIPPED_TAGS = new Set([
  'script', 'style', 'svg', 'canvas', 'button', 'template', 'noscript',
  'img', 'picture', 'video', 'audio', 'iframe', 'object', 'input', 'select', 'textarea',
]);
const BOLD_TAGS = new Set(['strong', 'b']);
const ITALIC_TAGS = new Set(['em', 'i']);

export function pageContext(pageUrl: string): WalkContext {
  return { bold: false, italic: false, conversion: { pageUrl, numberedListCount: 0 } };
}

/** Screen-only parts of the page: controls, decoration, hidden text and anything the page marks to skip. */
export function isLeftOut(element: Element): boolean {
  const attributes = element.attribs;
  if (SKIPPED_TAGS.has(element.name)) return true;
  if ('hidden' in attributes || 'data-document-skip' in attributes || 'data-document-contents' in attributes) return true;
  if (attributes['aria-hidden'] === 'true') return true;
  // A table's caption is often visually hidden because a heading shows it on screen; Word needs it.
  return element.name !== 'caption' && (attributes.class ?? '').split(/\s+/).includes('visually-hidden');
}

/** All the inline content of some nodes, as of a heading or caption: block elements inside are transparent. */
export function inlinesOf(nodes: readonly ChildNode[], context: WalkContext): Inline[] {
  const inlines: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') inlines.push(textInline(node.data, context));
    if (!DomUtils.isTag(node) || isLeftOut(node)) continue;
    if (node.name === 'br') inlines.push({ kind: 'break' });
    else inlines.push(...inlinesOf(node.children, inlineContext(node, context)));
  }
  return inlines;
}

export function textInline(text: string, context: WalkContext): Inline {
  const inline = { kind: 'text' as const, text, bold: context.bold, italic: context.italic };
  return context.href === undefined ? inline : { ...inline, href: context.href };
}

/** The context inside an element: bold inside `strong`, italic inside `em`, a link inside `a`. */
export function inlineContext(element: Element, context: WalkContext): WalkContext {
  const inner = {
    ...context,
    bold: context.bold || BOLD_TAGS.has(element.name),
    italic: context.italic || ITALIC_TAGS.has(element.name),
  };
  if (element.name !== 'a') return inner;
  const { href: _outerLink, ...withoutLink } = inner;
  const href = linkAddress(element.attribs.href, context.conversion.pageUrl);
  return href === undefined ? withoutLink : { ...withoutLink, href };
}

/**
 * The address a link has in Word, which opens it from outside the site: relative addresses are
 * resolved against the page. A link within the page, or to script, is not kept as a link.
 */
export function linkAddress(href: string | undefined, pageUrl: string): string | undefined {
  const address = href?.trim() ?? '';
  if (address === '' || address.startsWith('#')) return undefined;
  if (/^(mailto|tel):/i.test(address)) return address;
  try {
    const resolved = new URL(address, pageUrl);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
