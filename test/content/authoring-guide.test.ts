/** docs/authoring.md documents every field of every kind, and every MDX component and status word. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { z } from 'zod';
import { MDX_COMPONENTS } from '../../src/lib/embeds';
import { STATUS_WORDS } from '../../src/lib/status-appearance';
import * as schemas from '../../src/schemas';
import { projectRoot } from './helpers';

const guide = readFileSync(path.join(projectRoot, 'docs', 'authoring.md'), 'utf8');

/** The text of the guide's section whose heading starts with `heading`, up to the next heading of its level. */
function section(heading: string): string {
  const start = guide.indexOf(`\n### ${heading}`);
  expect(start, `docs/authoring.md has a section "### ${heading}"`).toBeGreaterThan(-1);
  const end = guide.indexOf('\n### ', start + 1);
  return guide.slice(start, end === -1 ? undefined : end);
}

function topLevelFields(schema: z.ZodType): string[] {
  return Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);
}

const kinds: Array<[string, z.ZodType]> = [
  ['Plan', schemas.planSchema],
  ['Priority', schemas.prioritySchema],
  ['Outcome', schemas.outcomeSchema],
  ['Action', schemas.actionSchema],
  ['Measure', schemas.measureSchema],
  ['Progress report', schemas.reportSchema],
  ['Theme', schemas.themeSchema],
  ['Glossary term', schemas.glossaryTermSchema],
  ['Site settings', schemas.siteSettingsSchema],
  ['"For young people" page', schemas.youngPeoplePageSchema],
];

test.each(kinds)('every field of a %s is in the guide’s table, and nothing that is not a field', (heading, schema) => {
  const text = section(heading);
  const documented = [...text.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((match) => match[1]);
  expect(documented.sort()).toEqual(topLevelFields(schema).sort());
});

test('every MDX component and every status word is in the guide', () => {
  for (const component of MDX_COMPONENTS) expect(guide).toContain(`<${component} `);
  for (const status of STATUS_WORDS) expect(guide).toContain(`\`${status}\``);
});
