/**
 * Every page's id is its content path without the extension, which is also its URL:
 * content/city-loip/outcomes/safe-streets.mdx → "city-loip/outcomes/safe-streets".
 * A plan's id is its folder: content/city-loip/plan.mdx → "city-loip".
 */
export type PlanPartKind = 'priorities' | 'outcomes' | 'actions' | 'measures' | 'reports';

export function entryIdFromPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\\/g, '/').replace(/\.[a-z]+$/i, '');
  if (withoutExtension.endsWith('/plan')) return withoutExtension.slice(0, -'/plan'.length);
  return withoutExtension.replace(/^(themes|glossary|health-check)\//, '');
}

export function partId(plan: string, kind: PlanPartKind, slug: string): string {
  return `${plan}/${kind}/${slug}`;
}

/** Splits "city-loip/outcomes/safe-streets" into its plan, kind and slug. */
export function splitPartId(id: string): { plan: string; kind: string; slug: string } {
  const [plan = '', kind = '', slug = ''] = id.split('/');
  return { plan, kind, slug };
}
