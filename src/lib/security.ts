/**
 * The security headers every page is served with, in one place: the Content-Security-Policy (scripts,
 * styles, images and fonts only from the site itself, nothing inline, no eval; Pagefind runs its
 * search index as WebAssembly, which browsers allow only with 'wasm-unsafe-eval'), and the headers
 * that only a server can send. The build writes them to dist/_headers (Netlify, Cloudflare Pages);
 * `npm run headers` prints them for nginx, Apache and Netlify's netlify.toml (docs/deploy/).
 */
export interface PolicyOptions {
  /** Extra origins for scripts and their requests, e.g. a statistics service the publisher turned on. */
  scriptOrigins?: string[];
  /**
   * Trusted Types: browsers refuse HTML and script addresses made from plain strings, except through
   * the site's one policy (src/scripts/trusted-types.ts). On by default; `npm run dev` turns it off,
   * because Vite's own error overlay writes HTML.
   */
  trustedTypes?: boolean;
}

export function contentSecurityPolicy(options: PolicyOptions = {}, forHeader = false): string {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...(options.scriptOrigins ?? [])];
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...(options.scriptOrigins ?? [])].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(options.trustedTypes === false ? [] : ["require-trusted-types-for 'script'", 'trusted-types default']),
    // Only a header can stop other sites framing the page; a meta tag may not say it.
    ...(forHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** The origin of an absolute address, or nothing for an address on the site itself. */
export function externalOrigin(address: string): string | undefined {
  if (!/^https?:\/\//i.test(address)) return undefined;
  return new URL(address).origin;
}

/** Every header, name and value, in the order servers are told to send them. */
export function securityHeaders(options: PolicyOptions = {}): Array<[name: string, value: string]> {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(options, true)],
    // Browsers use only HTTPS for the site for a year once they have seen this (over HTTPS).
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

export type ServerKind = 'headers-file' | 'nginx' | 'apache' | 'netlify';

/** The headers written for one kind of server, ready to paste into its configuration. */
export function serverHeaders(kind: ServerKind, options: PolicyOptions = {}): string {
  const headers = securityHeaders(options);
  switch (kind) {
    case 'headers-file':
      return ['/*', ...headers.map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
    case 'nginx':
      return [...headers.map(([name, value]) => `add_header ${name} "${value}" always;`), ''].join('\n');
    case 'apache':
      return ['<IfModule mod_headers.c>', ...headers.map(([name, value]) => `  Header always set ${name} "${value}"`), '</IfModule>', ''].join('\n');
    case 'netlify':
      return ['[[headers]]', '  for = "/*"', '  [headers.values]', ...headers.map(([name, value]) => `    ${name} = "${value}"`), ''].join('\n');
  }
}

/** Headers for hosts that read a _headers file (Netlify, Cloudflare Pages), for every page. */
export function headersFile(options: PolicyOptions = {}): string {
  return serverHeaders('headers-file', options);
}
