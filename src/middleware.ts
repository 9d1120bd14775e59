import { defineMiddleware } from 'astro:middleware';
import { explainJargon, type GlossaryEntry } from './lib/jargon';
import { withBase } from './lib/url';
import { getSite } from './site';

let glossary: GlossaryEntry[] | undefined;

/**
 * Explains the first use of each glossary term on every page, as the page is built (and in `npm run dev`).
 * Working on the finished HTML catches terms wherever they come from: MDX, data files or templates.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const glossaryPath = withBase('glossary/');
  if (!response.headers.get('content-type')?.startsWith('text/html') || context.url.pathname === glossaryPath) return response;
  glossary ??= (await getSite()).content.glossary.flatMap((entry) =>
    [entry.data.term, ...entry.data.aliases].map((term) => ({ id: entry.id, term, expansion: entry.data.expansion })),
  );
  const html = explainJargon(await response.text(), glossary, glossaryPath);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
