import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  actionSchema,
  glossaryTermSchema,
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
import { collectionPatterns, readSeries } from './integrations/read-content';
import { formatProblem } from './lib/content-problem';

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

export const collections = {
  plans: defineCollection({ loader: glob({ base, pattern: collectionPatterns.plans, generateId }), schema: planSchema }),
  priorities: defineCollection({ loader: glob({ base, pattern: collectionPatterns.priorities, generateId }), schema: prioritySchema }),
  outcomes: defineCollection({ loader: glob({ base, pattern: collectionPatterns.outcomes, generateId }), schema: outcomeSchema }),
  actions: defineCollection({ loader: glob({ base, pattern: collectionPatterns.actions, generateId }), schema: actionSchema }),
  measures: defineCollection({ loader: glob({ base, pattern: collectionPatterns.measures, generateId }), schema: measureSchema }),
  reports: defineCollection({ loader: glob({ base, pattern: collectionPatterns.reports, generateId }), schema: reportSchema }),
  themes: defineCollection({ loader: glob({ base, pattern: collectionPatterns.themes, generateId }), schema: themeSchema }),
  glossary: defineCollection({ loader: glob({ base, pattern: collectionPatterns.glossary, generateId }), schema: glossaryTermSchema }),
  youngPeople: defineCollection({ loader: glob({ base, pattern: collectionPatterns.youngPeople, generateId }), schema: youngPeoplePageSchema }),
  site: defineCollection({ loader: glob({ base, pattern: collectionPatterns.site, generateId }), schema: siteSettingsSchema }),
  series: defineCollection({ loader: seriesLoader(), schema: seriesFileSchema }),
};
