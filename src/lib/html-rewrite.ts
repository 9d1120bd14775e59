/**
 * One pass over a finished page's HTML for every rewrite the site makes (explaining jargon, securing
 * external links): each visitor sees the tags and text and asks for edits; everything not edited stays
 * byte for byte as it was. One parse per page, however many rewrites, keeps big builds quick.
 */
import { Parser } from 'htmlparser2';

export interface RewriteContext {
  /** Where the current token starts and ends (inclusive) in the page. */
  start: number;
  end: number;
  html: string;
  /** Replaces html[start, end) with text; an insertion has start === end. */
  edit(start: number, end: number, text: string): void;
}

export interface Visitor {
  /** A quick look at the raw HTML: false when it certainly holds nothing for this visitor, so the page need not be parsed. */
  mightEdit?(html: string): boolean;
  onopentag?(name: string, attributes: Record<string, string>, context: RewriteContext): void;
  /** `implied` when the element ends without its own end tag (a `<p>` ended by the `</li>` around it): the current token is then another tag. */
  onclosetag?(name: string, context: RewriteContext, implied: boolean): void;
  ontext?(context: RewriteContext): void;
}

/** Part of a page: from `start` up to, not including, `end`. */
export interface Region {
  start: number;
  end: number;
}

/** Rewrites the page, or only the given region of it (parsing less of each page keeps big builds quick). */
export function rewriteHtml(html: string, allVisitors: Visitor[], region: Region = { start: 0, end: html.length }): string {
  const part = html.slice(region.start, region.end);
  const visitors = allVisitors.filter((visitor) => visitor.mightEdit?.(part) ?? true);
  if (visitors.length === 0) return html;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const offset = region.start;
  const context = (): RewriteContext => ({
    start: offset + parser.startIndex,
    end: offset + parser.endIndex,
    html,
    edit: (start, end, text) => edits.push({ start, end, text }),
  });
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const current = context();
        for (const visitor of visitors) visitor.onopentag?.(name, attributes, current);
      },
      onclosetag(name, implied) {
        const current = context();
        for (const visitor of visitors) visitor.onclosetag?.(name, current, implied);
      },
      ontext() {
        const current = context();
        for (const visitor of visitors) visitor.ontext?.(current);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(part);
  if (edits.length === 0) return html;
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let position = 0;
  for (const edit of edits) {
    result += html.slice(position, edit.start) + edit.text;
    position = Math.max(position, edit.end);
  }
  return result + html.slice(position);
}

/**
 * The page's `<main>` element, where all its own content is; the whole page if it has none. Works on
 * the page as text or as bytes (a Buffer), giving positions in whichever it was given.
 */
export function mainRegion(html: Pick<string, 'indexOf' | 'lastIndexOf' | 'length'> | Buffer): Region {
  const start = html.indexOf('<main');
  const close = html.lastIndexOf('</main>');
  return start === -1 || close < start ? { start: 0, end: html.length } : { start, end: close + '</main>'.length };
}
