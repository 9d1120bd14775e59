/**
 * Which addresses content may link to: other websites over http(s), email and phone links, and pages
 * on this site. Never `javascript:`, `data:` or any other scheme, however it is disguised (capitals,
 * tabs or line breaks inside it, which browsers ignore). Images must be files in public/, written from
 * the site's root: the site loads nothing from other websites.
 */
import { LINK_SCHEMES } from '../schemas/mdx-body';

export type AddressKind = 'link' | 'image';

/** The address as a browser reads it: without the tabs and line breaks it ignores, and the spaces and control characters around it. */
function asBrowserReadsIt(address: string): string {
  return address.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The address shown in a message: printable, and short. */
export function quoteAddress(address: string): string {
  const printable = address.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `"${printable.length > 80 ? `${printable.slice(0, 77)}...` : printable}"`;
}

/** Why content may not use this address, or undefined when it may. */
export function addressProblem(address: string, kind: AddressKind): string | undefined {
  const read = asBrowserReadsIt(address);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase();
  const otherSite = scheme !== undefined || /^[/\\]{2}/.test(read);
  if (kind === 'image') {
    // Only an address from the site's root: a relative one would be read as a file to build into the page.
    if (!otherSite && read.startsWith('/')) return undefined;
    return `the image ${quoteAddress(address)} is not on this site. Put the image in the public/ folder and write its address from there, starting with /, like "/images/chart.png": the site loads nothing from other websites.`;
  }
  if (scheme === undefined || (LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return `the address ${quoteAddress(address)} is not allowed. A link must start with https://, http://, mailto: or tel:, or be a page on this site, like "/themes/safe/".`;
}
