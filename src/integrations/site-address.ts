import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const DEFAULT_URL = 'https://plans.example.scot';

/**
 * Where the site is published: content/site.yaml's `url` and `basePath`, overridden by SITE_URL and
 * BASE_PATH. Read before the content is checked, so a broken file here falls back to the defaults
 * and the content check then reports it properly.
 */
export function siteAddress(projectRoot: URL, env: Record<string, string | undefined>): { site: string; base: string } {
  let settings: { url?: unknown; basePath?: unknown } = {};
  try {
    settings = parse(readFileSync(fileURLToPath(new URL('content/site.yaml', projectRoot)), 'utf8')) ?? {};
  } catch {
    // Missing or unreadable: the content check says so.
  }
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  return {
    site: text(env.SITE_URL) ?? text(settings.url) ?? DEFAULT_URL,
    base: text(env.BASE_PATH) ?? text(settings.basePath) ?? '/',
  };
}
