/**
 * Turns a built document page into a neutral list of blocks (headings, paragraphs, list paragraphs,
 * tables) for a writer to put in a Word document. Only the page's `<main>` counts and screen-only
 * parts are left out; an element this does not know is transparent, its content kept in place.
 */
import type { ChildNode, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { collapseWhitespace, hasText, type Inline } from './document-inline';
import type { DocumentBlock, HeadingLevelNumber, ListPlacement } from './document-model';
import { descriptionListTable, htmlTable } from './document-tables';
import { inlineContext, inlinesOf, isLeftOut, pageContext, textInline, type ListItemState, type WalkContext } from './walk-context';

const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd',
  'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);
const HEADING_TAG = /^h([1-6])$/;

export function documentBlocks(html: string, pageUrl: string): DocumentBlock[] {
  const main = DomUtils.findOne((element) => element.name === 'main', parseDocument(html).children);
  if (!main) throw new Error(`${pageUrl} has no <main> element, so there is nothing to put in its Word document.`);
  return blocksOf(main.children, pageContext(pageUrl));
}

/** The blocks some nodes make on their own, as the content of a table cell does. */
function blocksOf(nodes: readonly ChildNode[], context: WalkContext): DocumentBlock[] {
  const sink = new BlockSink();
  walkNodes(nodes, context, sink);
  sink.endParagraph(context);
  return sink.blocks;
}

/** Collects blocks, gathering loose inline content until a block boundary makes it a paragraph. */
class BlockSink {
  readonly blocks: DocumentBlock[] = [];
  private pending: Inline[] = [];

  addInline(inline: Inline): void {
    this.pending.push(inline);
  }

  addBlocks(blocks: readonly DocumentBlock[]): void {
    this.blocks.push(...blocks);
  }

  endParagraph(context: WalkContext): void {
    const inlines = collapseWhitespace(this.pending);
    this.pending = [];
    if (!hasText(inlines)) return;
    const list = context.listItem && listPlacement(context.listItem);
    this.blocks.push(list ? { kind: 'paragraph', inlines, list } : { kind: 'paragraph', inlines });
  }
}

/** Only an item's first paragraph carries its bullet or number. */
function listPlacement(listItem: ListItemState): ListPlacement {
  const marker = !listItem.markerUsed;
  listItem.markerUsed = true;
  return { type: listItem.type, depth: listItem.depth, instance: listItem.instance, marker };
}

function walkNodes(nodes: readonly ChildNode[], context: WalkContext, sink: BlockSink): void {
  for (const node of nodes) walkNode(node, context, sink);
}

function walkNode(node: ChildNode, context: WalkContext, sink: BlockSink): void {
  if (node.type === 'text') sink.addInline(textInline(node.data, context));
  if (!DomUtils.isTag(node) || isLeftOut(node)) return;
  if (node.name === 'br') return sink.addInline({ kind: 'break' });
  if (INLINE_TAGS.has(node.name)) return walkNodes(node.children, inlineContext(node, context), sink);
  sink.endParagraph(context);
  walkBlock(node, context, sink);
  sink.endParagraph(context);
}

function walkBlock(element: Element, context: WalkContext, sink: BlockSink): void {
  const heading = HEADING_TAG.exec(element.name);
  if (heading) return addHeading(element, Number(heading[1]) as HeadingLevelNumber, context, sink);
  if (element.name === 'ul' || element.name === 'ol') return walkList(element, context, sink);
  if (element.name === 'table') return sink.addBlocks(htmlTable(element, context, blocksOf));
  if (element.name === 'dl') return addDescriptionList(element, context, sink);
  walkNodes(element.children, context, sink);
}

function addHeading(element: Element, level: HeadingLevelNumber, context: WalkContext, sink: BlockSink): void {
  const inlines = collapseWhitespace(inlinesOf(element.children, context));
  if (hasText(inlines)) sink.addBlocks([{ kind: 'heading', level, inlines }]);
}

function addDescriptionList(element: Element, context: WalkContext, sink: BlockSink): void {
  const table = descriptionListTable(element, context, blocksOf);
  if (table.rows.length > 0) sink.addBlocks([table]);
}

function walkList(list: Element, context: WalkContext, sink: BlockSink): void {
  const type: ListPlacement['type'] = list.name === 'ol' ? 'number' : 'bullet';
  const depth = context.listItem ? context.listItem.depth + 1 : 0;
  const instance = type === 'number' ? ++context.conversion.numberedListCount : 0;
  for (const child of list.children) {
    if (!DomUtils.isTag(child) || isLeftOut(child)) continue;
    const itemContext: WalkContext = child.name === 'li' ? { ...context, listItem: { type, depth, instance, markerUsed: false } } : context;
    walkNodes(child.children, itemContext, sink);
    sink.endParagraph(itemContext);
  }
}
