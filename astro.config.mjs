// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import contentCheck from './src/integrations/content-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityFiles from './src/integrations/security-files.ts';
import documentFiles from './src/integrations/documents.ts';
import browserEditor from './src/integrations/editor.ts';
import sitemap from '@astrojs/sitemap';
import { siteAddress } from './src/integrations/site-address.ts';
import { mdxSafetyPlugin } from './src/integrations/mdx-safety.ts';
import { isEmbedAddress } from './src/lib/chart-embed.ts';

/**
 * The site's address and sub-path come from content/site.yaml (`url`, `basePath`), and the SITE_URL
 * and BASE_PATH environment variables override them, e.g. for a preview deployment.
 */
const { site, base } = siteAddress(new URL('.', import.meta.url), process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Kept beside the project, not in node_modules, so builds of separate copies (the tests) never share it.
  cacheDir: './.astro/cache',
  // Pages render on worker threads (src/integrations/render-workers.ts) while the main thread writes
  // finished ones; eight in flight keeps every worker busy.
  build: { format: 'directory', concurrency: 8 },
  // Astro's HTML compression can join the text of neighbouring inline elements ("PrioritySafe"),
  // which breaks search words and screen-reader output; gzip on the server does the compressing.
  compressHTML: false,
  // MDX pages are data: the same rules as the content check refuse imports, {…} expressions and HTML
  // outside the allow-list while a page is compiled, in `npm run dev` as in the build.
  markdown: { processor: satteri({ mdastPlugins: [mdxSafetyPlugin(fileURLToPath(new URL('.', import.meta.url)))] }) },
  // The sitemap lists every page but the not-found page and the chart embeds (/embed/…, made for other
  // sites' frames and marked noindex: search engines should send readers to the full pages); search
  // engines find it through robots.txt.
  // Document pages (the whole plan, annual reports) get their Word files, and PDFs when asked, once the pages are written.
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !isEmbedAddress(new URL(page).pathname, base) }),
    securityFiles(),
    documentFiles(),
    pagefindIndex(),
    // /admin/, the browser editor: in `npm run dev` and `npm run edit` only, never in the built site.
    browserEditor(),
  ],
  vite: {
    build: {
      // Scripts stay in their own files: no inline script, so a strict Content-Security-Policy can forbid them.
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          // Every MDX page of content (thousands, at national scale) would otherwise be its own chunk, and so
          // would the small module Astro puts in front of each one (its id ends "?astroPropagatedAssets").
          // Bundling time grows with the number of chunks, and every thread that renders pages loads each
          // one: a single chunk for all of them builds much faster.
          codeSplitting: { groups: [{ name: 'content', test: /[\\/]content[\\/][^?]*\.mdx(?:\?|$)/ }] },
        },
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's notice about it
        // is noise that would bury real content errors in the build output.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
    css: {
      preprocessorOptions: {
        scss: { silenceDeprecations: ['if-function'] },
      },
    },
  },
});
