/**
 * What a host that reads a _headers file sends for one address, and whether a browser then lets another
 * site show that address in a frame. Written from the hosts' and browsers' documented rules, not with
 * the site's own code, to check what src/lib/security.ts writes:
 * - Cloudflare Pages sends the headers of every rule whose path matches, in order, joining two values of
 *   one header with a comma; a "! Name" line drops that header as the rules so far gave it.
 * - Netlify skips lines without a colon (so "! Name" lines), and a later matching rule's value of a
 *   header replaces an earlier one's.
 * - Browsers apply every policy in a Content-Security-Policy (values joined by commas are separate
 *   policies), so the strictest frame-ancestors wins; X-Frame-Options counts only where no policy has
 *   frame-ancestors (HTML standard, "check a navigation response's adherence to X-Frame-Options").
 */
export type Host = 'cloudflare' | 'netlify';

export interface HeaderRule {
  path: string;
  lines: Array<{ detach: string } | { name: string; value: string }>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, lines: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line}" comes before any path`);
    if (line.startsWith('!')) rule.lines.push({ detach: line.slice(1).trim().toLowerCase() });
    else {
      const colon = line.indexOf(':');
      rule.lines.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
    }
  }
  return rules;
}

/** A rule's path against an address: `*` matches anything, slashes too; `:name` one part between slashes. */
function matches(rulePath: string, address: string): boolean {
  const pattern = rulePath
    .split(/(\*|:[a-z]+)/i)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`).test(address);
}

/** The headers (lower-case names) the host sends for an address. */
export function headersFor(rules: HeaderRule[], address: string, host: Host): Map<string, string> {
  const sent = new Map<string, string>();
  for (const rule of rules.filter((candidate) => matches(candidate.path, address))) {
    const fromThisRule = new Map<string, string>();
    for (const line of rule.lines) {
      if ('detach' in line) {
        if (host === 'cloudflare') sent.delete(line.detach);
        continue;
      }
      fromThisRule.set(line.name, fromThisRule.has(line.name) ? `${fromThisRule.get(line.name)}, ${line.value}` : line.value);
    }
    for (const [name, value] of fromThisRule) {
      sent.set(name, host === 'cloudflare' && sent.has(name) ? `${sent.get(name)}, ${value}` : value);
    }
  }
  return sent;
}

/** Whether a browser shows the response inside a frame on a page from `framingOrigin` (another site). */
export function frameAllowed(headers: Map<string, string>, framingOrigin: string): boolean {
  const policies = (headers.get('content-security-policy') ?? '').split(',').filter((policy) => policy.trim() !== '');
  const ancestors = policies.flatMap((policy) =>
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name === 'frame-ancestors')
      .map(([, ...sources]) => sources),
  );
  if (ancestors.length > 0) return ancestors.every((sources) => sources.includes('*') || sources.includes(framingOrigin));
  const frameOptions = headers.get('x-frame-options')?.toLowerCase();
  return frameOptions !== 'deny' && frameOptions !== 'sameorigin';
}
