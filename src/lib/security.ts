/**
 * The Content-Security-Policy every page is served with: scripts, styles, images and fonts only from
 * the site itself, nothing inline, no eval. Pagefind runs its search index as WebAssembly, which
 * browsers allow only with 'wasm-unsafe-eval' (WebAssembly only; JavaScript eval stays forbidden).
 */
export interface PolicyOptions {
  /** Extra origins for scripts and their requests, e.g. a statistics service the publisher turned on. */
  scriptOrigins?: string[];
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

/** Headers for hosts that read a _headers file (Netlify, Cloudflare Pages), for every page. */
export function headersFile(options: PolicyOptions = {}): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy(options, true)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
  ].join('\n');
}
