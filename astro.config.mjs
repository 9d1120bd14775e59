// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

/**
 * SITE_URL: the address the site is published at (used for canonical links and the sitemap).
 * BASE_PATH: set when the site lives under a sub-path, e.g. "/plans/".
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://plans.example.scot',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Kept beside the project, not in node_modules, so builds of separate copies (the tests) never share it.
  cacheDir: './.astro/cache',
  build: { format: 'directory' },
  // Astro's HTML compression can join the text of neighbouring inline elements ("PrioritySafe"),
  // which breaks search words and screen-reader output; gzip on the server does the compressing.
  compressHTML: false,
  integrations: [contentCheck(), mdx(), pagefindIndex()],
  vite: {
    build: {
      // Scripts stay in their own files: no inline script, so a strict Content-Security-Policy can forbid them.
      assetsInlineLimit: 0,
      rollupOptions: {
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
