import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  actionSchema,
  comparisonSchema,
  glossaryTermSchema,
  healthCheckSchema,
  searchWordsSchema,
  measureSchema,
  outcomeSchema,
  planSchema,
  prioritySchema,
  reportSchema,
  seriesFileSchema,
  siteSettingsSchema,
  themeSchema,
  youngPeoplePageSchema,
} from './schemas';
import { entryIdFromPath } from './lib/entry-id';
import { collectionPatterns } from './integrations/read-content';
import { COMPARISON_FILES, readComparison } from './integrations/read-comparison';
import { readSeries } from './lib/series-csv';
import { COMPARISON_ID } from './lib/compare/comparison-index';
import { formatProblem } from './lib/content-problem';
import { afterContentCheck } from './integrations/check-in-progress';

const base = './content';
const generateId = ({ entry }: { entry: string }) => entryIdFromPath(entry);

/** Loads each measure's figures from the CSV beside it (content/<plan>/measures/<measure>.csv). */
function seriesLoader(): Loader {
  return {
    name: 'plansite:series',
    load: async ({ store, config, parseData }) => {
      const contentDir = fileURLToPath(new URL('content/', config.root));
      store.clear();
      for (const relative of globSync(collectionPatterns.series, { cwd: contentDir })) {
        const filePath = path.join('content', relative).split(path.sep).join('/');
        const { rows, problems } = readSeries(readFileSync(path.join(contentDir, relative), 'utf8'));
        if (problems.length > 0) throw new Error(problems.map((problem) => formatProblem({ file: filePath, ...problem })).join('\n'));
        const id = entryIdFromPath(relative);
        const data = await parseData({ id, data: { measure: id, rows } });
        store.set({ id, data, filePath });
      }
    },
  };
}

/** The LGBF figures for every council (content/comparison/), read by the content check's own reader: one entry, or none. */
function comparisonLoader(): Loader {
  return {
    name: 'plansite:comparison',
    load: async ({ store, config, parseData }) => {
      const contentDir = fileURLToPath(new URL('content/', config.root));
      store.clear();
      const { comparison, problems } = readComparison(contentDir, fileURLToPath(config.root));
      if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
      if (!comparison) return;
      const data = await parseData({ id: COMPARISON_ID, data: comparison });
      store.set({ id: COMPARISON_ID, data, filePath: `content/${COMPARISON_FILES.source}` });
    },
  };
}

/** Entries from files matching `pattern` in content/, each with the id its path gives it. */
const files = (pattern: string) => afterContentCheck(glob({ base, pattern, generateId }));

export const collections = {
  plans: defineCollection({ loader: files(collectionPatterns.plans), schema: planSchema }),
  priorities: defineCollection({ loader: files(collectionPatterns.priorities), schema: prioritySchema }),
  outcomes: defineCollection({ loader: files(collectionPatterns.outcomes), schema: outcomeSchema }),
  actions: defineCollection({ loader: files(collectionPatterns.actions), schema: actionSchema }),
  measures: defineCollection({ loader: files(collectionPatterns.measures), schema: measureSchema }),
  reports: defineCollection({ loader: files(collectionPatterns.reports), schema: reportSchema }),
  themes: defineCollection({ loader: files(collectionPatterns.themes), schema: themeSchema }),
  glossary: defineCollection({ loader: files(collectionPatterns.glossary), schema: glossaryTermSchema }),
  healthChecks: defineCollection({ loader: files(collectionPatterns.healthChecks), schema: healthCheckSchema }),
  youngPeople: defineCollection({ loader: files(collectionPatterns.youngPeople), schema: youngPeoplePageSchema }),
  searchWords: defineCollection({ loader: files(collectionPatterns.searchWords), schema: searchWordsSchema }),
  site: defineCollection({ loader: files(collectionPatterns.site), schema: siteSettingsSchema }),
  series: defineCollection({ loader: afterContentCheck(seriesLoader()), schema: seriesFileSchema }),
  comparison: defineCollection({ loader: afterContentCheck(comparisonLoader()), schema: comparisonSchema }),
};
