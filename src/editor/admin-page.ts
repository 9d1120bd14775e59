/**
 * The /admin/ page: Decap CMS, started by the editor's own script with the configuration made from the
 * schemas. A page of its own, never linked from the site and never in the built site.
 */
export function adminPage(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>Edit the plans</title>
  <style>
    /* Decap's grey text (#798291) and its red "unsaved" badge are below WCAG AA's 4.5:1 on white: the same, darker. */
    body [class*="SidebarNavLink"], body [class*="AppHeaderButton"], body .plansite-dark-text { color: #464d5a !important; }
    body [class*="BackStatusChanged"] { color: #c2002d !important; }
    body .plansite-dark-background { background-color: #0e6f7e !important; }
  </style>
  <script>window.CMS_MANUAL_INIT = true;</script>
  <script src="${root}admin/decap-cms.js"></script>
  <script type="module" src="${root}src/editor/browser/editor-script.ts"></script>
</head>
<body>
  <noscript><p>The editor needs JavaScript. Without it, edit the files in content/ as docs/authoring.md describes.</p></noscript>
</body>
</html>
`;
}
