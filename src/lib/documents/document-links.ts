/**
 * Links to a plan's downloadable files (its Word and PDF versions) are written by the pages as
 * placeholders, because the files are made after the pages:
 *
 *   <li data-document-file="city-loip/document.pdf" data-document-format="PDF"><a href="…">The whole plan as a PDF</a><span data-document-size></span></li>
 *
 * Once the files exist, each placeholder gets its file's format and size (" (PDF, 1.2 MB)"); one whose
 * file was not made (no Chromium, so no PDF) is taken out of the page, so nobody is offered a file that
 * is not there. Taken out, not thrown away: it is kept in a comment, and filling the links again after
 * `npm run pdf` has made the PDFs puts it back. So filling is safe to run any number of times.
 */
import { rewriteHtml, type RewriteContext, type Visitor } from '../html-rewrite';
import { describeFileSize } from './file-size';

/** The size in bytes of a file in dist/ (a path like "city-loip/document.pdf"), or undefined when it does not exist. */
export type FileSize = (distPath: string) => number | undefined;

const SET_ASIDE = /<!--plansite:document-file-not-made ([A-Za-z0-9+/=]*)-->/g;

/** A placeholder whose file is missing, kept where it was in a form no reader or link checker sees. */
function setAside(markup: string): string {
  return `<!--plansite:document-file-not-made ${Buffer.from(markup, 'utf8').toString('base64')}-->`;
}

/** Puts back the placeholders an earlier fill set aside, to be looked at again. */
function restoreSetAside(html: string): string {
  if (!html.includes('<!--plansite:document-file-not-made ')) return html;
  return html.replace(SET_ASIDE, (_comment, encoded: string) => Buffer.from(encoded, 'base64').toString('utf8'));
}

/** "PDF, 1.2 MB": the format the placeholder names (or the file's extension), then the size. */
function sizeLabel(distPath: string, format: string | undefined, bytes: number): string {
  const named = format?.trim() || (distPath.split('.').pop() ?? '').toUpperCase();
  return `${named.replace(/</g, '&lt;')}, ${describeFileSize(bytes)}`;
}

/**
 * A page rewrite (see html-rewrite.ts) that fills in or takes out each document placeholder. It counts
 * open elements to find where a placeholder and its size span end, whether by their own end tag or by
 * the end of the element around them.
 */
export function documentLinksVisitor(fileSize: FileSize): Visitor {
  let depth = 0;
  let removing: { start: number; depth: number } | undefined;
  let link: { depth: number; label: string } | undefined;
  let sizeSpan: { contentStart: number; depth: number } | undefined;

  /** Where an element ends that ends at this token: after its own end tag, or before the tag that ended it. */
  const elementEnd = (started: number, { start, end }: RewriteContext, implied: boolean) => (implied && start > started ? start : end + 1);

  return {
    mightEdit: (html) => html.includes('data-document-file'),
    onopentag(_name, attributes, { start, end }) {
      depth++;
      if (removing) return;
      const distPath = attributes['data-document-file'];
      if (distPath !== undefined && !link) {
        const bytes = fileSize(distPath);
        if (bytes === undefined) removing = { start, depth };
        else link = { depth, label: sizeLabel(distPath, attributes['data-document-format'], bytes) };
      } else if (link && !sizeSpan && attributes['data-document-size'] !== undefined) {
        sizeSpan = { contentStart: end + 1, depth };
      }
    },
    onclosetag(_name, context, implied) {
      const closing = depth--;
      if (removing) {
        if (closing !== removing.depth) return;
        const end = elementEnd(removing.start, context, implied);
        context.edit(removing.start, end, setAside(context.html.slice(removing.start, end)));
        removing = undefined;
      } else if (sizeSpan && closing === sizeSpan.depth) {
        context.edit(sizeSpan.contentStart, context.start, ` (${link!.label})`);
        sizeSpan = undefined;
      } else if (link && closing === link.depth) {
        link = undefined;
      }
    },
  };
}

/** The page with its document links filled in: see the top of this file. */
export function fillDocumentLinks(html: string, fileSize: FileSize): string {
  return rewriteHtml(restoreSetAside(html), [documentLinksVisitor(fileSize)]);
}
