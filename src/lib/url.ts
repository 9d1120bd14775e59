/** Joins the site's base path ("/" or "/plans/") and a path inside the site. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  const trimmedPath = path.replace(/^\/+/, '');
  return `${trimmedBase}${trimmedPath}`;
}

/** The address of a content page from its id: "city-loip/outcomes/safe-streets" → "/city-loip/outcomes/safe-streets/". */
export function pageHref(id: string, base?: string): string {
  return withBase(id === '' ? '' : `${id}/`, base);
}
