/**
 * Who may frame the site's pages: no other site, except for the chart embeds under /embed/, which any
 * site may frame, or only the sites content/site.yaml lists. Checked as each kind of server would
 * send the headers (test/build/header-rules.ts reads a _headers file the way the hosts say they do).
 */
import { parse as parseToml } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, headersFile, securityHeaders, serverHeaders } from '../../../src/lib/security';
import { frameAllowed, headersFor, parseHeadersFile, type Host } from '../../build/header-rules';

const OTHER_SITE = 'https://www.moray.gov.uk';
const hosts: Host[] = ['cloudflare', 'netlify'];

describe('the policy', () => {
  test('a meta tag cannot say who may frame a page, so only the header has frame-ancestors', () => {
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({}, true)).toMatch(/; frame-ancestors 'none'$/);
    expect(contentSecurityPolicy({}, true, 'embeds')).toMatch(/; frame-ancestors \*$/);
    expect(contentSecurityPolicy({ embedSites: [OTHER_SITE, 'https://www.gov.scot'] }, true, 'embeds')).toMatch(/; frame-ancestors https:\/\/www\.moray\.gov\.uk https:\/\/www\.gov\.scot$/);
  });

  test('inline styles and scripts are allowed only when asked, as the dev server asks (Vite inlines its styles there)', () => {
    expect(contentSecurityPolicy()).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy({}, true)).not.toContain('unsafe-inline');
    const dev = contentSecurityPolicy({ allowInline: true });
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toMatch(/script-src [^;]*'unsafe-inline'/);
  });

  test('the embeds have the same headers as every page, but no X-Frame-Options, which can only refuse', () => {
    const names = (group: 'pages' | 'embeds') => securityHeaders({}, group).map(([name]) => name);
    expect(names('embeds')).toEqual(names('pages').filter((name) => name !== 'X-Frame-Options'));
    const policy = (group: 'pages' | 'embeds') => securityHeaders({}, group)[0]![1].replace(/frame-ancestors .*$/, '');
    expect(policy('embeds')).toBe(policy('pages'));
  });
});

describe('dist/_headers, as Cloudflare Pages and Netlify send it', () => {
  const framed = (file: string, address: string, host: Host, from = OTHER_SITE) => frameAllowed(headersFor(parseHeadersFile(file), address, host), from);

  test.each(hosts)('%s: any site may frame the embeds, and no site any other page, the not-found page or a file', (host) => {
    const file = headersFile();
    for (const address of ['/embed/compare/chn9/', '/embed/moray-loip/measures/looked-after/']) expect(framed(file, address, host), address).toBe(true);
    for (const address of ['/', '/compare/chn9/', '/moray-loip/measures/looked-after/', '/moray-loip/measures/embed/', '/search/', '/no-such-page/', '/_astro/site.css']) {
      expect(framed(file, address, host), address).toBe(false);
    }
  });

  test.each(hosts)('%s: every page gets every other header once, the embeds too', (host) => {
    const rules = parseHeadersFile(headersFile());
    for (const address of ['/', '/embed/compare/chn9/']) {
      const sent = headersFor(rules, address, host);
      for (const [name, value] of securityHeaders()) if (name !== 'Content-Security-Policy' && name !== 'X-Frame-Options') expect(sent.get(name.toLowerCase()), `${address} ${name}`).toBe(value);
      expect(sent.get('content-security-policy')!.split(',')).toHaveLength(1);
    }
  });

  test('Cloudflare Pages sends the embeds no X-Frame-Options at all; Netlify keeps it, which browsers ignore beside frame-ancestors', () => {
    const rules = parseHeadersFile(headersFile());
    expect(headersFor(rules, '/embed/compare/chn9/', 'cloudflare').has('x-frame-options')).toBe(false);
    expect(headersFor(rules, '/embed/compare/chn9/', 'netlify').get('x-frame-options')).toBe('DENY');
  });

  test.each(hosts)('%s: listed sites only, when the site lists them', (host) => {
    const file = headersFile({ embedSites: [OTHER_SITE] });
    expect(framed(file, '/embed/compare/chn9/', host)).toBe(true);
    expect(framed(file, '/embed/compare/chn9/', host, 'https://elsewhere.example.com')).toBe(false);
    expect(framed(file, '/compare/chn9/', host)).toBe(false);
  });

  test.each(hosts)('%s: under a sub-path, the embeds are the ones below it', (host) => {
    const file = headersFile({}, '/plans/');
    expect(framed(file, '/plans/embed/compare/chn9/', host)).toBe(true);
    expect(framed(file, '/plans/compare/chn9/', host)).toBe(false);
    expect(framed(file, '/embed/compare/chn9/', host)).toBe(false);
  });
});

describe('the other servers', () => {
  const framing = (text: string) => text.split('\n').filter((line) => /Content-Security-Policy|X-Frame-Options/.test(line));

  test('nginx: the server block refuses framing; a location for the embeds, which inherits none of its headers, repeats them all but X-Frame-Options', () => {
    const text = serverHeaders('nginx', {}, '/plans/');
    const [server, location] = text.split(/^location /m);
    expect(framing(server!)).toEqual([expect.stringContaining("frame-ancestors 'none'\" always;"), 'add_header X-Frame-Options "DENY" always;']);
    expect(location).toMatch(/^\/plans\/embed\/ \{\n    try_files \$uri \$uri\/ =404;\n/);
    expect(location!.match(/add_header/g)).toHaveLength(securityHeaders().length - 1);
    expect(framing(location!)).toEqual([expect.stringContaining('frame-ancestors *" always;')]);
  });

  test('Apache: frame-ancestors * below /embed/, and elsewhere frame-ancestors none with X-Frame-Options', () => {
    const text = serverHeaders('apache');
    const embeds = text.slice(text.indexOf('<If "%{REQUEST_URI} =~ m#^/embed/#">'), text.indexOf('</If>'));
    const elsewhere = text.slice(text.indexOf('<Else>'), text.indexOf('</Else>'));
    expect(framing(embeds)).toEqual([expect.stringContaining('frame-ancestors *"')]);
    expect(framing(elsewhere)).toEqual([expect.stringContaining("frame-ancestors 'none'\""), '    Header always set X-Frame-Options "DENY"']);
    expect(framing(text.slice(0, text.indexOf('<If')))).toEqual([]);
  });

  test('netlify.toml: valid TOML, a later rule for the embeds after the one for every page', () => {
    const config = parseToml(serverHeaders('netlify')) as { headers: Array<{ for: string; values: Record<string, string> }> };
    expect(config.headers.map((rule) => rule.for)).toEqual(['/*', '/embed/*']);
    expect(config.headers[0]!.values['X-Frame-Options']).toBe('DENY');
    expect(config.headers[1]!.values['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
  });
});
