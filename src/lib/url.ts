/** Joins the site's base path ("/" or "/plans/") and a path inside the site. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  const trimmedPath = path.replace(/^\/+/, '');
  return `${trimmedBase}${trimmedPath}`;
}

/** The address of a content page from its id: "moray-csp-2020-23/outcomes/feel-safe" → "/moray-csp-2020-23/outcomes/feel-safe/". */
export function pageHref(id: string, base?: string): string {
  return withBase(id === '' ? '' : `${id}/`, base);
}
