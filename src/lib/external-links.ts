/**
 * Links to other websites open without giving them a handle on this page or telling them where the
 * reader came from: `rel="noopener noreferrer"` on every link whose address is on another origin.
 * Everything else in the page is left byte for byte as it was.
 */
import { Parser } from 'htmlparser2';

export function secureExternalLinks(html: string, siteOrigin: string): string {
  // Replacements of [start, end) in the original; an insertion has start === end.
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'a' || !attributes.href || !/^https?:\/\//i.test(attributes.href)) return;
        let origin: string;
        try {
          origin = new URL(attributes.href).origin;
        } catch {
          return;
        }
        if (origin === siteOrigin) return;
        const rel = new Set((attributes.rel ?? '').split(/\s+/).filter(Boolean));
        if (rel.has('noopener') && rel.has('noreferrer')) return;
        const tag = html.slice(parser.startIndex, parser.endIndex + 1);
        const relAttribute = tag.match(/\srel\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i);
        const wanted = `rel="${[...rel, 'noopener', 'noreferrer'].filter((value, index, all) => all.indexOf(value) === index).join(' ')}"`;
        if (relAttribute) {
          const start = parser.startIndex + relAttribute.index! + 1;
          edits.push({ start, end: start + relAttribute[0].length - 1, text: wanted });
        } else {
          edits.push({ start: parser.startIndex + 2, end: parser.startIndex + 2, text: ` ${wanted}` });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  let result = '';
  let position = 0;
  for (const edit of edits) {
    result += html.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return result + html.slice(position);
}
