import type { APIRoute } from 'astro';
import { withBase } from '../lib/url';

/** Every page may be indexed; the sitemap lists them. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
