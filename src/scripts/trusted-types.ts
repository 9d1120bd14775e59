/**
 * The site's one Trusted Types policy. The Content-Security-Policy requires Trusted Types
 * (src/lib/security.ts), so browsers refuse any HTML or script address made from a plain string
 * except through this policy, which allows exactly two: the empty page the Design System's "Hide this
 * page" leaves behind, and the search index's own worker script. Anything else — a future script that
 * writes HTML from text — is refused by the browser.
 */
interface TrustedTypePolicyFactory {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createHTML?: (input: string) => string | null; createScriptURL?: (input: string) => string | null; createScript?: (input: string) => string | null }): unknown;
}

export function registerDefaultPolicy(): void {
  const factory = (window as unknown as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  // Another script on the page may have registered it already; browsers without Trusted Types need none.
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createHTML: (html) => (html === '' ? html : null),
    createScriptURL: (address) => {
      const url = new URL(address, document.baseURI);
      return url.origin === window.location.origin && url.pathname.endsWith('/pagefind/pagefind-worker.js') ? url.href : null;
    },
    createScript: () => null,
  });
}

registerDefaultPolicy();
