/**
 * Site settings in content/site.yaml: the address and sub-path, logo, contact and analytics.
 * A copy of the project is built with all of them set, under /plans/.
 */
import { existsSync, globSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { load } from 'cheerio';
import { normalise } from './built-site';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { frameAllowed, headersFor, parseHeadersFile } from './header-rules';
import { copyProject, runNpmBuild } from './project-copy';
import { rmSync } from 'node:fs';

let projectDir: string;
let build: ReturnType<typeof runNpmBuild>;

beforeAll(() => {
  projectDir = copyProject();
  writeFileSync(path.join(projectDir, 'public', 'partnership-logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40"/></svg>');
  const settings = readFileSync(path.join(projectDir, 'content', 'site.yaml'), 'utf8');
  writeFileSync(
    path.join(projectDir, 'content', 'site.yaml'),
    `${settings}
url: https://www.example.gov.uk
basePath: /plans/
logo: { src: partnership-logo.svg, alt: "Example Community Planning Partnership", width: 80, height: 40 }
contact: { text: "Questions about the plans?", email: plans@example.gov.uk, phone: "01234 567890", url: "https://contact.example.org/plans" }
analytics: { provider: plausible, domain: www.example.gov.uk, src: /js/script.js }
embeds: { allowedSites: ["https://www.moray.gov.uk"] }
`,
  );
  build = runNpmBuild(projectDir);
}, 300_000);
afterAll(() => rmSync(projectDir, { recursive: true, force: true }));

const dist = () => path.join(projectDir, 'dist');
const page = (file: string) => load(readFileSync(path.join(dist(), file), 'utf8'));

test('builds with every setting given', () => {
  expect(build.status, build.output.slice(-3000)).toBe(0);
});

test('the address and sub-path from site.yaml make a working site under /plans/: every internal link and asset resolves', () => {
  expect(page('index.html')('link[rel="canonical"]').attr('href')).toBe('https://www.example.gov.uk/plans/');
  const files = globSync('**/*.html', { cwd: dist() });
  expect(files.length).toBeGreaterThan(400);
  const broken = new Set<string>();
  for (const file of files) {
    const $ = page(file);
    $('a[href], link[href], script[src], img[src]').each((_, element) => {
      const address = $(element).attr('href') ?? $(element).attr('src')!;
      // The analytics script is the publisher's own file, not part of the build.
      if (/^(https?:|mailto:|tel:|#)/.test(address) || address === '/plans/js/script.js') return;
      if (!address.startsWith('/plans/')) return void broken.add(`${file}: ${address} is outside /plans/`);
      const target = decodeURI(address.slice('/plans/'.length).split('#')[0]!.split('?')[0]!);
      const candidates = [path.join(dist(), target), path.join(dist(), target, 'index.html')];
      if (!candidates.some((candidate) => existsSync(candidate) && statSync(candidate).isFile())) broken.add(`${file}: ${address}`);
    });
  }
  expect([...broken].slice(0, 20)).toEqual([]);
}, 60_000);

test('the logo, contact and analytics appear on every page; analytics only because it was turned on', () => {
  for (const file of ['index.html', 'moray-loip/index.html', 'glossary/index.html']) {
    const $ = page(file);
    const logo = $('header .ds_site-branding img');
    expect(logo.attr('src')).toBe('/plans/partnership-logo.svg');
    expect(logo.attr('alt')).toBe('Example Community Planning Partnership');
    expect([logo.attr('width'), logo.attr('height')]).toEqual(['80', '40']);
    expect($('footer').text()).toContain('Questions about the plans?');
    expect($('footer a[href="mailto:plans@example.gov.uk"]').length).toBe(1);
    expect($('footer a[href="https://contact.example.org/plans"]').attr('rel')).toBe('noopener noreferrer');
    expect($('script[data-domain="www.example.gov.uk"]').attr('src')).toBe('/plans/js/script.js');
  }
});

test('search results link into /plans/: the index records each page by its place in the site', () => {
  const urls = globSync('pagefind/fragment/*.pf_fragment', { cwd: dist() }).map((file) => {
    const json = gunzipSync(readFileSync(path.join(dist(), file))).toString('utf8').replace(/^pagefind_dcd/, '');
    return (JSON.parse(json) as { url: string }).url;
  });
  expect(urls).toContain('/moray-loip/');
  expect(urls.filter((url) => url.startsWith('/plans/'))).toEqual([]);
});

test('the chart embeds live under /plans/ too: the code to paste names their full address, and only the listed site may frame them', () => {
  const code = load(page('compare/chn9/index.html')('textarea#embed-code').text(), null, false)('iframe');
  expect(code.attr('src')).toBe('https://www.example.gov.uk/plans/embed/compare/chn9/');
  expect(normalise(page('compare/chn9/index.html')('textarea#embed-code').parent().text())).toContain('Only pages on www.moray.gov.uk can show it.');
  expect(page('embed/compare/chn9/index.html')('main a[target="_top"]').first().attr('href')).toBe('/plans/compare/chn9/');
  const rules = parseHeadersFile(readFileSync(path.join(dist(), '_headers'), 'utf8'));
  for (const host of ['cloudflare', 'netlify'] as const) {
    expect(frameAllowed(headersFor(rules, '/plans/embed/compare/chn9/', host), 'https://www.moray.gov.uk'), host).toBe(true);
    expect(frameAllowed(headersFor(rules, '/plans/embed/compare/chn9/', host), 'https://elsewhere.example.com'), host).toBe(false);
    expect(frameAllowed(headersFor(rules, '/plans/compare/chn9/', host), 'https://www.moray.gov.uk'), host).toBe(false);
  }
});
