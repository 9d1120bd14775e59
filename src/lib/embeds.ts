/** The components comms staff can use in MDX, by name (the same list as src/site/mdx-components.ts). */
export const MDX_COMPONENTS = ['MeasureChart', 'OutcomeProgress', 'Callout', 'KeyFact', 'StatusBadge'] as const;

const blankComments = (body: string) => body.replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '));

/** Tags that look like components (a capital letter first) but are not ones the site has, with their lines. */
export function findUnknownComponents(body: string, firstLine = 1): Array<{ line: number; name: string }> {
  const unknown: Array<{ line: number; name: string }> = [];
  blankComments(body)
    .split('\n')
    .forEach((text, index) => {
      for (const match of text.matchAll(/<\/?([A-Z][A-Za-z0-9]*)\b/g)) {
        if (!(MDX_COMPONENTS as readonly string[]).includes(match[1]!)) unknown.push({ line: firstLine + index, name: match[1]! });
      }
    });
  return unknown;
}

/** Where an MDX body uses a component, e.g. `<MeasureChart measure="…" />`, with the attribute's value and line number. */
export function findComponentUses(body: string, component: string, attribute: string, firstLine = 1): Array<{ line: number; value: string }> {
  const uses: Array<{ line: number; value: string }> = [];
  const pattern = new RegExp(`<${component}\\b[^>]*\\b${attribute}\\s*=\\s*["']([^"']*)["']`, 'g');
  // MDX comments ({/* … */}) may show a component as an example; they are blanked out, keeping line numbers.
  blankComments(body).split('\n').forEach((text, index) => {
    for (const match of text.matchAll(pattern)) uses.push({ line: firstLine + index, value: match[1]! });
  });
  return uses;
}

/** `<MeasureChart measure="…" />` tags written in an MDX body, with their line numbers. */
export function findMeasureEmbeds(body: string, firstLine = 1): Array<{ line: number; measure: string }> {
  return findComponentUses(body, 'MeasureChart', 'measure', firstLine).map(({ line, value }) => ({ line, measure: value }));
}

/** `<OutcomeProgress outcome="…" />` sections written in a report's MDX body. */
export function findOutcomeSections(body: string, firstLine = 1): Array<{ line: number; outcome: string }> {
  return findComponentUses(body, 'OutcomeProgress', 'outcome', firstLine).map(({ line, value }) => ({ line, outcome: value }));
}
