/**
 * The security headers every page is served with, in one place: the Content-Security-Policy (scripts,
 * styles, images and fonts only from the site itself, nothing inline, no eval; Pagefind runs its
 * search index as WebAssembly, which browsers allow only with 'wasm-unsafe-eval'), and the headers
 * that only a server can send. The build writes them to dist/_headers (Netlify, Cloudflare Pages);
 * `npm run headers` prints them for nginx, Apache and Netlify's netlify.toml (docs/deploy/).
 *
 * No page may be shown in a frame on another site, except the chart embeds under /embed/ (see
 * chart-embed.ts), which are made for it: they may be framed by any site, or only by the sites listed
 * in content/site.yaml (`embeds.allowedSites`).
 */
import { EMBED_FOLDER } from './chart-embed';
import { withBase } from './url';

export interface PolicyOptions {
  /** Extra origins for scripts and their requests, e.g. a statistics service the publisher turned on. */
  scriptOrigins?: string[];
  /**
   * Trusted Types: browsers refuse HTML and script addresses made from plain strings, except through
   * the site's one policy (src/scripts/trusted-types.ts). On by default; `npm run dev` turns it off,
   * because Vite's own error overlay writes HTML.
   */
  trustedTypes?: boolean;
  /**
   * Inline styles and scripts: never on the built site. `npm run dev` allows them, because Vite puts
   * each style sheet into the page as an inline <style> and its client as inline script: without
   * them every page in the dev server (and the editor's preview) is unstyled.
   */
  allowInline?: boolean;
  /** The only sites that may show the chart embeds in a frame ("https://www.example.gov.uk"); none listed: any site. */
  embedSites?: string[];
}

/** The pages a set of headers is for: every page that must never be framed, or the chart embeds. */
export type PageGroup = 'pages' | 'embeds';

export function contentSecurityPolicy(options: PolicyOptions = {}, forHeader = false, group: PageGroup = 'pages'): string {
  const inline = options.allowInline ? ["'unsafe-inline'"] : [];
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...inline, ...(options.scriptOrigins ?? [])];
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${["'self'", ...inline].join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...(options.scriptOrigins ?? [])].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(options.trustedTypes === false ? [] : ["require-trusted-types-for 'script'", 'trusted-types default']),
    // Only a header can say which sites may frame the page; a meta tag may not say it.
    ...(forHeader ? [`frame-ancestors ${frameAncestors(options, group)}`] : []),
  ];
  return directives.join('; ');
}

/** Who may show a page in a frame: no one, or for the chart embeds any site (`*`) or the listed ones. */
function frameAncestors(options: PolicyOptions, group: PageGroup): string {
  if (group === 'pages') return "'none'";
  return options.embedSites && options.embedSites.length > 0 ? options.embedSites.join(' ') : '*';
}

/** The origin of an absolute address, or nothing for an address on the site itself. */
export function externalOrigin(address: string): string | undefined {
  if (!/^https?:\/\//i.test(address)) return undefined;
  return new URL(address).origin;
}

/**
 * Every header, name and value, in the order servers are told to send them. The chart embeds get the
 * same, but their policy's frame-ancestors lets other sites frame them and they have no
 * X-Frame-Options, which can only refuse framing (where both are sent, browsers follow frame-ancestors).
 */
export function securityHeaders(options: PolicyOptions = {}, group: PageGroup = 'pages'): Array<[name: string, value: string]> {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(options, true, group)],
    // Browsers use only HTTPS for the site for a year once they have seen this (over HTTPS).
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ...(group === 'pages' ? [['X-Frame-Options', 'DENY'] as [string, string]] : []),
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** The headers that say who may frame a page; the others are the same on every page. */
const FRAMING = new Set(['Content-Security-Policy', 'X-Frame-Options']);

export type ServerKind = 'headers-file' | 'nginx' | 'apache' | 'netlify';

/**
 * The headers written for one kind of server, ready to paste into its configuration: one set for every
 * address, and the chart embeds' own below `base`/embed/. Each kind says "everything else" its own way.
 */
export function serverHeaders(kind: ServerKind, options: PolicyOptions = {}, base = '/'): string {
  const pages = securityHeaders(options, 'pages');
  const embeds = securityHeaders(options, 'embeds');
  const embedFolder = withBase(`${EMBED_FOLDER}/`, base);
  const why = `Chart embeds, under ${embedFolder}, may be shown in a frame on other sites; no other page may.`;
  switch (kind) {
    case 'headers-file':
      // Cloudflare Pages sends the headers of every rule that matches, joining two values of one header
      // (two policies, and the stricter wins), so the embeds' rule first detaches /*'s framing headers
      // ("! Name"). Netlify skips those lines and sends the later rule's value of a header; X-Frame-Options
      // stays there, and browsers ignore it beside a policy with frame-ancestors.
      return [
        '/*',
        ...pages.map(([name, value]) => `  ${name}: ${value}`),
        '',
        `# ${why}`,
        `${embedFolder}*`,
        ...[...FRAMING].map((name) => `  ! ${name}`),
        ...embeds.filter(([name]) => FRAMING.has(name)).map(([name, value]) => `  ${name}: ${value}`),
        '',
      ].join('\n');
    case 'nginx':
      // A location with add_header of its own inherits none from the server block: it repeats them all.
      return [
        ...pages.map(([name, value]) => `add_header ${name} "${value}" always;`),
        '',
        `# ${why}`,
        `location ${embedFolder} {`,
        '    try_files $uri $uri/ =404;',
        ...embeds.map(([name, value]) => `    add_header ${name} "${value}" always;`),
        '}',
        '',
      ].join('\n');
    case 'apache':
      return [
        '<IfModule mod_headers.c>',
        ...pages.filter(([name]) => !FRAMING.has(name)).map(([name, value]) => `  Header always set ${name} "${value}"`),
        `  # ${why}`,
        `  <If "%{REQUEST_URI} =~ m#^${embedFolder}#">`,
        ...embeds.filter(([name]) => FRAMING.has(name)).map(([name, value]) => `    Header always set ${name} "${value}"`),
        '  </If>',
        '  <Else>',
        ...pages.filter(([name]) => FRAMING.has(name)).map(([name, value]) => `    Header always set ${name} "${value}"`),
        '  </Else>',
        '</IfModule>',
        '',
      ].join('\n');
    case 'netlify':
      // As in _headers, Netlify sends the later rule's value of a header both rules set.
      return [
        '[[headers]]',
        '  for = "/*"',
        '  [headers.values]',
        ...pages.map(([name, value]) => `    ${name} = "${value}"`),
        '',
        `# ${why}`,
        '[[headers]]',
        `  for = "${embedFolder}*"`,
        '  [headers.values]',
        ...embeds.filter(([name]) => FRAMING.has(name)).map(([name, value]) => `    ${name} = "${value}"`),
        '',
      ].join('\n');
  }
}

/** Headers for hosts that read a _headers file (Netlify, Cloudflare Pages). */
export function headersFile(options: PolicyOptions = {}, base = '/'): string {
  return serverHeaders('headers-file', options, base);
}
