/**
 * Councils and the councils like them. The LGBF's family groups for people services (children's
 * services among them) group councils by deprivation, so "similar councils" on these indicators are
 * those in the same deprivation group; councils of the same rurality are a second, looser set.
 * A council is never counted among the councils like it.
 */
import type { Council } from '../../schemas/comparison';
import { median } from './quartiles';

/** The last part of a council's page address: "Argyll & Bute" → "argyll-and-bute". */
export function councilSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface Similarity {
  /** In the same deprivation group: the LGBF's family group for people services. */
  deprivation: boolean;
  rurality: boolean;
}

export function similarity(council: Council, other: Council): Similarity {
  const itself = council.name === other.name;
  return { deprivation: !itself && council.deprivationGroup === other.deprivationGroup, rurality: !itself && council.rurality === other.rurality };
}

export interface SimilarCouncils {
  /** The other councils in its deprivation group. */
  deprivation: Council[];
  /** The other councils of its rurality. */
  rurality: Council[];
}

export function similarCouncils(council: Council, councils: readonly Council[]): SimilarCouncils {
  return {
    deprivation: councils.filter((other) => similarity(council, other).deprivation),
    rurality: councils.filter((other) => similarity(council, other).rurality),
  };
}

export interface GroupMedian {
  /** Undefined when none of the councils has a figure. */
  median?: number;
  /** How many of the councils have a figure, and so count. */
  counted: number;
  of: number;
}

/** The median figure of some councils, from `values` by council name; councils with no figure are left out. */
export function groupMedian(values: ReadonlyMap<string, number>, councils: readonly Council[]): GroupMedian {
  const figures = councils.flatMap((council) => (values.has(council.name) ? [values.get(council.name)!] : []));
  return { median: median(figures), counted: figures.length, of: councils.length };
}
