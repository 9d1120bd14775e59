/** `<MeasureChart measure="…" />` tags written in an MDX body, with their line numbers. */
export function findMeasureEmbeds(body: string, firstLine = 1): Array<{ line: number; measure: string }> {
  const embeds: Array<{ line: number; measure: string }> = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/<MeasureChart\b[^>]*\bmeasure\s*=\s*["']([^"']*)["']/g)) {
      embeds.push({ line: firstLine + index, measure: match[1]! });
    }
  });
  return embeds;
}
