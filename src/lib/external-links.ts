/**
 * Links to other websites open without giving them a handle on this page or telling them where the
 * reader came from: `rel="noopener noreferrer"` on every link whose address is on another origin.
 */
import { rewriteHtml, type Visitor } from './html-rewrite';

/** Whether an address (as written in HTML) is on another site. */
export function isExternal(href: string, siteOrigin: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href.replace(/&amp;/g, '&')).origin !== siteOrigin;
  } catch {
    return false;
  }
}

/** The `rel` a template's own link needs: "noopener noreferrer" for another site, none for this one. */
export function relFor(href: string, siteOrigin: string): string | undefined {
  return isExternal(href, siteOrigin) ? 'noopener noreferrer' : undefined;
}

/** A page rewrite (see html-rewrite.ts) that secures links to other sites. */
export function externalLinksVisitor(siteOrigin: string): Visitor {
  return {
    mightEdit: (html) => /\shref\s*=\s*["']?\s*https?:/i.test(html),
    onopentag(name, attributes, { start, end, html, edit }) {
      if (name !== 'a' || !attributes.href || !isExternal(attributes.href, siteOrigin)) return;
      const rel = new Set((attributes.rel ?? '').split(/\s+/).filter(Boolean));
      if (rel.has('noopener') && rel.has('noreferrer')) return;
      const wanted = `rel="${[...new Set([...rel, 'noopener', 'noreferrer'])].join(' ')}"`;
      const tag = html.slice(start, end + 1);
      const relAttribute = tag.match(/\srel\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i);
      if (relAttribute) {
        const at = start + relAttribute.index! + 1;
        edit(at, at + relAttribute[0].length - 1, wanted);
      } else {
        edit(start + 2, start + 2, ` ${wanted}`);
      }
    },
  };
}

export function secureExternalLinks(html: string, siteOrigin: string): string {
  return rewriteHtml(html, [externalLinksVisitor(siteOrigin)]);
}
