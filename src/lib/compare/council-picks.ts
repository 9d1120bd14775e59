/**
 * The councils a reader picks to chart on an indicator page, as the page's address keeps them so it can
 * be shared: `?council=angus&compare=fife,highland`. Their own council, then up to three others, by
 * their page addresses (councilSlug). Unknown or repeated councils are ignored; a fourth is dropped.
 */

/** How many councils a reader can chart beside their own. */
export const MAX_OTHERS = 3;

export interface CouncilPicks {
  /** The reader's own council. */
  council?: string;
  /** Up to MAX_OTHERS more, in the order chosen; never the reader's own. */
  others: string[];
}

const COUNCIL = 'council';
const COMPARE = 'compare';

/** What `compare` holds: "fife,highland", or one council per field as the form sends them (`compare=fife&compare=`). */
function slugsIn(values: string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((slug) => slug.trim().toLowerCase()).filter(Boolean);
}

/** The choice in an address's query (`location.search`); `known` are the councils' slugs. */
export function parseCouncilPicks(search: string | URLSearchParams, known: ReadonlySet<string>): CouncilPicks {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return choosePicks(slugsIn(params.getAll(COUNCIL))[0], slugsIn(params.getAll(COMPARE)), known);
}

/** The choice from the form's fields, or from an address: known councils only, each once, at most MAX_OTHERS others. */
export function choosePicks(council: string | undefined, others: readonly string[], known: ReadonlySet<string>): CouncilPicks {
  const own = council !== undefined && known.has(council) ? council : undefined;
  const chosen: string[] = [];
  for (const slug of others) {
    if (chosen.length === MAX_OTHERS) break;
    if (known.has(slug) && slug !== own && !chosen.includes(slug)) chosen.push(slug);
  }
  return { ...(own !== undefined && { council: own }), others: chosen };
}

/** The picks in order: the reader's own council first. */
export function pickedSlugs(picks: CouncilPicks): string[] {
  return [...(picks.council === undefined ? [] : [picks.council]), ...picks.others];
}

/**
 * The query for an address with the choice (`?council=angus&compare=fife,highland`), keeping any other
 * fields of `search`; "" when nothing is chosen and nothing else is there. Slugs are letters, digits and
 * hyphens, so the commas are written plain, as a reader would type them.
 */
export function queryWithPicks(search: string, picks: CouncilPicks): string {
  const rest = new URLSearchParams(search);
  rest.delete(COUNCIL);
  rest.delete(COMPARE);
  const own = [
    ...(picks.council === undefined ? [] : [`${COUNCIL}=${encodeURIComponent(picks.council)}`]),
    ...(picks.others.length === 0 ? [] : [`${COMPARE}=${picks.others.map(encodeURIComponent).join(',')}`]),
  ];
  const query = [...own, rest.toString()].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}
