/**
 * Which kind of content a file is, from its path in the project ("content/city-loip/actions/youth-cafes.yaml"):
 * the schema its fields follow, so a save writes them in that schema's order.
 */
import type { z } from 'zod';
import { PLAN_FILE, PLAN_KINDS, SITE_FILES, SITE_KINDS } from './editor-config';

export interface ContentKind {
  schema: z.ZodType;
  /** Whether the file is a page (.mdx: fields between `---` lines, then text) or fields only (.yaml). */
  page: boolean;
  /** A progress report, whose empty updates are left out when it is saved. */
  report: boolean;
}

const NAME = '[a-z0-9]+(?:-[a-z0-9]+)*';

export function contentKindOf(projectPath: string): ContentKind | undefined {
  const site = SITE_FILES.find((file) => file.file === projectPath);
  if (site) return { schema: site.schema, page: projectPath.endsWith('.mdx'), report: false };
  if (new RegExp(`^content/${NAME}/plan\\.mdx$`).test(projectPath)) return { schema: PLAN_FILE.schema, page: true, report: false };
  for (const kind of Object.values(SITE_KINDS)) {
    if (new RegExp(`^content/${kind.folder}/${NAME}\\.${kind.extension}$`).test(projectPath)) return { schema: kind.schema, page: false, report: false };
  }
  for (const kind of PLAN_KINDS) {
    if (new RegExp(`^content/${NAME}/${kind.folder}/${NAME}\\.${kind.extension}$`).test(projectPath)) return { schema: kind.schema, page: kind.extension === 'mdx', report: kind.folder === 'reports' };
  }
  return undefined;
}
