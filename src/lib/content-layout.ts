/**
 * Where content files go, and which names they may have. Every folder directly in content/ is a plan,
 * except the site's own (themes/, glossary/, health-check/, comparison/); a plan's folder name becomes
 * the start of its web addresses, so it must be a valid address and not one of the site's own pages. Files the site would
 * not read are reported, never ignored without a word.
 */

/** Lower-case words joined by single hyphens: a file or folder name that can be part of a web address. */
export const ADDRESS_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Folders in content/ that are not plans. */
export const SITE_FOLDERS = ['themes', 'glossary', 'health-check', 'comparison'] as const;

/**
 * The site's own top-level addresses (its pages in src/pages/, and what the build writes beside them):
 * a plan with one of these names would be hidden by, or hide, that page.
 * test/unit/lib/content-layout.test.ts checks every top-level page is listed.
 */
export const RESERVED_PLAN_NAMES = [
  '404', 'a-z', 'about', 'accessibility', 'admin', 'api', 'areas', 'assets', 'compare', 'data', 'documents', 'edit',
  'embed', 'feed', 'glossary', 'index', 'pagefind', 'robots', 'search', 'sitemap', 'statuses', 'themes', 'young-people',
] as const;

export function planFolderProblem(name: string): string | undefined {
  if (!ADDRESS_NAME.test(name)) {
    return `the folder name "${name}" becomes the start of the plan's web addresses, so use lower-case letters, numbers and single hyphens only, like "city-loip-2024-27". Rename the folder.`;
  }
  if ((RESERVED_PLAN_NAMES as readonly string[]).includes(name)) {
    return `"${name}" is the address of one of the site's own pages (/${name}/), so a plan cannot be called that: its pages would never be published. Rename the folder, for example to "${name}-plan".`;
  }
  return undefined;
}

/** Files that editors and operating systems leave in folders; never content, never reported. */
export function isHousekeepingFile(relativePath: string): boolean {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1]!;
  return parts.some((part) => part.startsWith('.')) || name.startsWith('~$') || name.endsWith('~') || /^(thumbs\.db|desktop\.ini)$/i.test(name);
}

const WHERE_FILES_GO =
  'Content files go in a plan\'s folder (plan.mdx, and priorities/, outcomes/, reports/ as .mdx; actions/, measures/ as .yaml; figures as measures/<name>.csv), in themes/, glossary/ or health-check/ (.yaml), in comparison/ (the LGBF files that compare councils), or are content/site.yaml, content/young-people.mdx and content/search-words.yaml.';

/**
 * Why a file in content/ that no collection reads is a problem. Files that look like content (by their
 * ending) would silently not be published: an error. Anything else is a warning.
 */
export function unreadFileProblem(relativePath: string): { severity: 'error' | 'warning'; message: string } {
  const extension = /\.([^./]+)$/.exec(relativePath)?.[1]?.toLowerCase() ?? '';
  const rename = (to: string) => relativePath.replace(/\.[^./]+$/, `.${to}`);
  if (extension === 'yml') return { severity: 'error', message: `the site reads YAML files ending .yaml, not .yml, so this file would not be published. Rename it to ${rename('yaml')}.` };
  if (extension === 'md' || extension === 'markdown') return { severity: 'error', message: `the site reads pages ending .mdx, so this file would not be published. Rename it to ${rename('mdx')}.` };
  if (['yaml', 'mdx', 'csv', 'json', 'toml'].includes(extension)) {
    return { severity: 'error', message: `this file is not in a place the site reads, so it would not be published. ${WHERE_FILES_GO}` };
  }
  return { severity: 'warning', message: 'this file is not part of the site and is not published. Move it out of content/ if it does not belong there.' };
}
