import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { headersFile } from '../lib/security';
import { siteSettingsSchema } from '../schemas';
import { policyOptions } from '../site/security';

/**
 * Writes dist/_headers, which Netlify and Cloudflare Pages read: the same Content-Security-Policy as
 * each page's meta tag, plus what only a header can say (no framing by other sites, except of the
 * chart embeds under /embed/).
 */
export default function securityFiles(): AstroIntegration {
  let root: URL;
  let base: string;
  return {
    name: 'plansite:security-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        // Valid by now: the content check has read this file before the build began.
        const settings = siteSettingsSchema.parse(parse(readFileSync(fileURLToPath(new URL('content/site.yaml', root)), 'utf8')));
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(policyOptions(settings), base));
      },
    },
  };
}
