/**
 * An MDX body written as a page of its own starts its sections at `##`. Shown inside a bigger page (the
 * whole plan on one page, an annual report), those headings must sit below the section around them, so
 * a body placed in `<div data-heading-offset="2">` has each h2 turned into an h4, h3 into h5, and so on
 * (never past h6). Nested wrappers add up.
 */
import type { Visitor } from './html-rewrite';

const HEADING = /^h([1-6])$/;

export function shiftedLevel(level: number, offset: number): number {
  return Math.min(6, level + offset);
}

export function headingOffsetVisitor(): Visitor {
  // One entry per open <div>: the offset it adds (0 for most).
  const openDivs: number[] = [];
  let offset = 0;
  const renamed: number[] = [];
  return {
    mightEdit: (html) => html.includes('data-heading-offset'),
    onopentag(name, attributes, { start, edit }) {
      if (name === 'div') {
        const added = Number(attributes['data-heading-offset'] ?? 0) || 0;
        openDivs.push(added);
        offset += added;
        return;
      }
      const heading = HEADING.exec(name);
      if (!heading || offset === 0) return;
      const level = shiftedLevel(Number(heading[1]), offset);
      renamed.push(level);
      edit(start + 1, start + 3, `h${level}`);
    },
    onclosetag(name, { start, edit }, implied) {
      if (name === 'div') {
        offset -= openDivs.pop() ?? 0;
        return;
      }
      if (!HEADING.test(name) || renamed.length === 0 || offset === 0) return;
      const level = renamed.pop()!;
      if (!implied) edit(start + 2, start + 4, `h${level}`);
    },
  };
}

/** The level of a Markdown body's biggest heading (`##` is 2), leaving out code blocks; undefined when it has none. */
export function shallowestHeadingLevel(markdown: string): number | undefined {
  let inCode = false;
  let shallowest: number | undefined;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    const heading = inCode ? null : /^(#{1,6})\s/.exec(line);
    if (heading) shallowest = Math.min(shallowest ?? 6, heading[1]!.length);
  }
  return shallowest;
}

/** The `data-heading-offset` that makes a body's biggest heading sit at `topLevel`: 0 when it is already below it. */
export function headingOffsetFor(markdown: string, topLevel: number): number {
  const shallowest = shallowestHeadingLevel(markdown);
  return shallowest === undefined ? 0 : Math.max(0, topLevel - shallowest);
}
