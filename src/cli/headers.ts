/**
 * npm run headers -- <nginx|apache|netlify|headers-file> — prints the security headers for the site, as
 * its settings make them (a statistics service adds its address to the policy, `embeds.allowedSites`
 * limits which sites may frame the chart embeds, `basePath` moves them), ready to paste into the web
 * server's configuration. docs/deploy/ has the same for a site with the default settings.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ranDirectly } from './ran-directly';
import path from 'node:path';
import { parse } from 'yaml';
import { siteAddress } from '../integrations/site-address';
import { serverHeaders, type ServerKind } from '../lib/security';
import { siteSettingsSchema } from '../schemas';
import { policyOptions } from '../site/security';

const KINDS: ServerKind[] = ['nginx', 'apache', 'netlify', 'headers-file'];

export function headersFor(projectRoot: string, kind: string, env: Record<string, string | undefined> = process.env): { exitCode: number; output: string } {
  if (!(KINDS as string[]).includes(kind)) {
    return { exitCode: 1, output: `Say which web server: npm run headers -- ${KINDS.join(' | ')}` };
  }
  const settings = siteSettingsSchema.safeParse(parse(readFileSync(path.join(projectRoot, 'content', 'site.yaml'), 'utf8')));
  if (!settings.success) return { exitCode: 1, output: 'content/site.yaml has a problem: run npm run check to see it, then try again.' };
  // The sub-path the build uses (basePath, or BASE_PATH), so the embeds' rule names their real addresses.
  const { base } = siteAddress(pathToFileURL(`${path.resolve(projectRoot)}${path.sep}`), env);
  return { exitCode: 0, output: serverHeaders(kind as ServerKind, policyOptions(settings.data), base) };
}

if (ranDirectly(import.meta.url)) {
  const { exitCode, output } = headersFor(process.cwd(), process.argv[2] ?? '');
  (exitCode === 0 ? process.stdout : process.stderr).write(`${output}\n`);
  process.exitCode = exitCode;
}
