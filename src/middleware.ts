import { defineMiddleware } from 'astro:middleware';
import { explainJargon, type GlossaryEntry } from './lib/jargon';
import { secureExternalLinks } from './lib/external-links';
import { withBase } from './lib/url';
import { getSite } from './site';

let glossary: GlossaryEntry[] | undefined;

/**
 * Explains the first use of each glossary term on every page, as the page is built (and in `npm run dev`),
 * and marks links to other sites `noopener noreferrer`.
 * Working on the finished HTML catches terms wherever they come from: MDX, data files or templates.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const glossaryPath = withBase('glossary/');
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  glossary ??= (await getSite()).content.glossary.flatMap((entry) =>
    [entry.data.term, ...entry.data.aliases].map((term) => ({ id: entry.id, term, expansion: entry.data.expansion })),
  );
  let html = await response.text();
  // The glossary page is where the terms are explained, so it needs no explanations of its own.
  if (context.url.pathname !== glossaryPath) html = explainJargon(html, glossary, glossaryPath);
  html = secureExternalLinks(html, context.site?.origin ?? context.url.origin);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
