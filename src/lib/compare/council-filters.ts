/**
 * The "similar councils" sets an indicator's page can be narrowed to, each a static page
 * (/compare/<indicator>/deprivation-group-1/, /compare/<indicator>/rurality-rural/) so the filter
 * works without JavaScript. The LGBF's family groups for children's services are based on
 * deprivation, so a deprivation group is the closer set; rurality is a second, looser one.
 */
import { ruralities, type Council } from '../../schemas/comparison';

export type CouncilFilterKind = 'deprivation' | 'rurality';

export interface CouncilFilter {
  kind: CouncilFilterKind;
  /** The last part of the page's address: "deprivation-group-1", "rurality-rural". */
  slug: string;
  /** As a table cell and a link says it: "Deprivation group 1", "Rural". */
  name: string;
  /** "councils in deprivation group 1 (the most deprived)", "rural councils": for headings and sentences. */
  description: string;
  /** What the group is, in a sentence or two. */
  explanation: string;
  /** In the order of the councils file. */
  councils: Council[];
}

const DEPRIVATION_EXPLANATION =
  'The LGBF puts councils in four groups by how deprived their areas are: group 1 is the most deprived, group 4 the least. Its family groups for children’s services are based on deprivation, so the councils in one group are the ones most alike for these figures.';

const RURALITY_EXPLANATION =
  'The LGBF calls each council urban, mixed or rural, by how many of its people live in towns and cities. Rurality changes what services cost and how they are run, but the LGBF groups councils for children’s services by deprivation, so this is a looser set of similar councils.';

/** "(the most deprived)" for group 1, "(the least deprived)" for the last group. */
function deprivationEnd(group: number, groups: number[]): string {
  if (group === Math.min(...groups)) return ' (the most deprived)';
  if (group === Math.max(...groups)) return ' (the least deprived)';
  return '';
}

export function deprivationFilterSlug(group: number): string {
  return `deprivation-group-${group}`;
}

export function ruralityFilterSlug(rurality: Council['rurality']): string {
  return `rurality-${rurality.toLowerCase()}`;
}

/** Every deprivation group and rurality some council has: the groups 1 to 4 in order, then urban, mixed and rural. */
export function councilFilters(councils: readonly Council[]): CouncilFilter[] {
  const groups = [...new Set(councils.map((council) => council.deprivationGroup))].sort((a, b) => a - b);
  const deprivation = groups.map(
    (group): CouncilFilter => ({
      kind: 'deprivation',
      slug: deprivationFilterSlug(group),
      name: `Deprivation group ${group}`,
      description: `councils in deprivation group ${group}${deprivationEnd(group, groups)}`,
      explanation: DEPRIVATION_EXPLANATION,
      councils: councils.filter((council) => council.deprivationGroup === group),
    }),
  );
  const rurality = ruralities
    .filter((kind) => councils.some((council) => council.rurality === kind))
    .map(
      (kind): CouncilFilter => ({
        kind: 'rurality',
        slug: ruralityFilterSlug(kind),
        name: kind,
        description: `${kind.toLowerCase()} councils`,
        explanation: RURALITY_EXPLANATION,
        councils: councils.filter((council) => council.rurality === kind),
      }),
    );
  return [...deprivation, ...rurality];
}

/** The filter with that address, if any. */
export function findFilter(filters: readonly CouncilFilter[], slug: string | undefined): CouncilFilter | undefined {
  return slug === undefined ? undefined : filters.find((filter) => filter.slug === slug);
}

/** The rows of the councils a filter keeps, in the order given; all of them with no filter. */
export function rowsIn<T extends { council: Pick<Council, 'name'> }>(rows: readonly T[], filter: CouncilFilter | undefined): T[] {
  if (!filter) return [...rows];
  const names = new Set(filter.councils.map((council) => council.name));
  return rows.filter((row) => names.has(row.council.name));
}
