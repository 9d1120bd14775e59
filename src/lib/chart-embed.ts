/**
 * Charts other websites can show. Each indicator's chart and each charted measure's chart has a page of
 * its own under /embed/ (the full page's path below it: /embed/compare/<indicator>/,
 * /embed/<plan>/measures/<measure>/), made to sit in an iframe on another site, and the full page gives
 * the code to paste. Only these pages may be framed by other sites (security.ts).
 */
import { withBase } from './url';

/** The folder, below the site's base path, that holds the embed pages. */
export const EMBED_FOLDER = 'embed';

/** The embed page's path inside the site for a full page's: "compare/looked-after" → "embed/compare/looked-after". */
export function embedPathOf(pagePath: string): string {
  return `${EMBED_FOLDER}/${pagePath.replace(/^\/+/, '')}`;
}

/** True for the address of an embed page ("/plans/embed/…" under base "/plans/"): the sitemap leaves them out. */
export function isEmbedAddress(pathname: string, base = '/'): boolean {
  return pathname.startsWith(withBase(`${EMBED_FOLDER}/`, base));
}

/**
 * How tall the frame is, in pixels: the title, summary and chart fit without scrolling, and the table
 * scrolls inside it. A ranked chart of 32 councils is 48rem tall, a measure's chart 20rem.
 */
export const EMBED_HEIGHTS = { indicator: 1100, measure: 640 } as const;

export interface IframeSnippet {
  /** The embed page's absolute address. */
  src: string;
  /** What the frame holds, for screen readers: every iframe needs a title. */
  title: string;
  height: number;
}

/**
 * Text for a double-quoted attribute, as readable as it can stay: a quote and angle brackets are
 * escaped, and an ampersand only where it could start a character reference ("A&amp;E", but "young
 * people & families" as written).
 */
function attributeText(text: string): string {
  return text.replace(/&(?=[a-z0-9#])/gi, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML a comms officer pastes into a page of another website: one iframe, full width, loaded when scrolled to. */
export function iframeSnippet({ src, title, height }: IframeSnippet): string {
  return `<iframe src="${attributeText(src)}" title="${attributeText(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
