import { defineMiddleware } from 'astro:middleware';
import { compileGlossary, jargonVisitor, type CompiledGlossary } from './lib/jargon';
import { externalLinksVisitor } from './lib/external-links';
import { headingOffsetVisitor } from './lib/heading-offset';
import { mainRegion, rewriteHtml, type Visitor } from './lib/html-rewrite';
import { withBase } from './lib/url';
import { getSite } from './site';

let glossary: Promise<CompiledGlossary | undefined> | undefined;

/**
 * Rewrites every page's `<main>` as it is built (and in `npm run dev`), in one pass: each glossary term is
 * explained where it is first met, links to other sites are marked `noopener noreferrer`, and the headings of
 * an MDX body shown inside a bigger page move below the section around them. Working on the
 * finished HTML catches terms and links wherever they come from: MDX, data files or templates. The
 * header and footer around `<main>` are the site's own templates, which mark their links themselves.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  glossary ??= getSite().then((site) =>
    compileGlossary(site.content.glossary.flatMap((entry) => [entry.data.term, ...entry.data.aliases].map((term) => ({ id: entry.id, term, expansion: entry.data.expansion, explanation: entry.data.explanation })))),
  );
  const compiled = await glossary;
  const glossaryPath = withBase('glossary/');
  const visitors: Visitor[] = [externalLinksVisitor(context.site?.origin ?? context.url.origin), headingOffsetVisitor()];
  // The glossary page is where the terms are explained, so it needs no explanations of its own.
  if (compiled && context.url.pathname !== glossaryPath) visitors.unshift(jargonVisitor(compiled, glossaryPath));
  const page = await response.text();
  const html = rewriteHtml(page, visitors, mainRegion(page));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
