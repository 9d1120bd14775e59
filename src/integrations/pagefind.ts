import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Indexes the built site for search; the build is not finished until the index is written. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'plansite:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Search index could not be started: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Search indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(2)}s.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
