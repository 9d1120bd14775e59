/**
 * The editor's configuration covers every field of every schema it edits, each with a widget the
 * editor has: a field added to a schema that the editor cannot show fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { editorSetup, PLAN_FILE, PLAN_KINDS, SITE_FILES, SITE_KINDS, collectionName } from '../../../src/editor/editor-config';
import { readEditorSite } from '../../../src/editor/editor-site';
import { readFieldHelp } from '../../../src/editor/field-help';
import { fieldsOf, type EditorField } from '../../../src/editor/schema-fields';
import { projectRoot } from '../../content/helpers';

const guide = readFileSync(path.join(projectRoot, 'docs', 'authoring.md'), 'utf8');
const help = readFieldHelp(guide);
const site = readEditorSite(path.join(projectRoot, 'content'));
const setup = editorSetup(site, help, { name: 'proxy', proxy_url: '/api/editor/' });
const collections = setup.decap.collections as Array<{ name: string; fields?: EditorField[]; files?: Array<{ fields: EditorField[] }> }>;
const fieldsOfCollection = (name: string) => {
  const collection = collections.find((candidate) => candidate.name === name);
  expect(collection, `a collection called ${name}`).toBeDefined();
  return (collection!.fields ?? collection!.files![0]!.fields).filter((field) => field.name !== 'body' && field.name !== 'fileName');
};

/** Decap's own widgets the configuration uses, and the editor script's (each registered there). */
const script = readFileSync(path.join(projectRoot, 'src/editor/browser/editor-script.ts'), 'utf8');
const OWN_WIDGETS = [...script.matchAll(/registerWidget\('([a-z-]+)'/g)].map((match) => match[1]!);
const WIDGETS = new Set(['string', 'text', 'number', 'boolean', 'select', 'relation', 'object', 'list', 'hidden', ...OWN_WIDGETS]);

type Shape = Record<string, z.ZodType>;
/** The object inside a field's optional, default, pipes and lists, if there is one: the fields it groups. */
function innerShape(schema: z.ZodType): Shape | undefined {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') return def.shape as Shape;
  const next = (def.innerType ?? def.element ?? (def.type === 'pipe' ? ((def.in as { _zod: { def: { type: string } } })._zod.def.type === 'transform' ? def.out : def.in) : undefined)) as z.ZodType | undefined;
  return next ? innerShape(next) : undefined;
}

/** Every field and sub-field of a schema against the editor's fields: the same names, each with a known widget. */
function expectCovered(shape: Shape, fields: EditorField[], where: string): void {
  expect(fields.map((field) => field.name), where).toEqual(Object.keys(shape));
  for (const field of fields) {
    expect(WIDGETS.has(field.widget), `${where}.${field.name} has the widget "${field.widget}"`).toBe(true);
    const inner = innerShape(shape[field.name]!);
    const nested = field.fields ?? field.field?.fields;
    if (inner && nested) expectCovered(inner, nested, `${where}.${field.name}`);
  }
}

const kinds = [
  ...PLAN_KINDS.map((kind) => [kind.guide, kind.schema, collectionName('moray-loip', kind.folder)] as const),
  ...Object.entries(SITE_KINDS).map(([name, kind]) => [kind.guide, kind.schema, name] as const),
  ...SITE_FILES.map((file) => [file.guide, file.schema, file.name] as const),
  [PLAN_FILE.guide, PLAN_FILE.schema, collectionName('moray-csp-2020-23', 'plan')] as const,
];

describe('the editor’s configuration, made from the schemas', () => {
  test.each(kinds)('covers every field of a %s, each with a widget the editor has', (_guide, schema, collection) => {
    expectCovered((schema as unknown as { shape: Shape }).shape, fieldsOfCollection(collection), collection);
  });

  test.each(kinds)('gives every field of a %s the help text docs/authoring.md gives it', (guideHeading, schema, collection) => {
    const documented = help.get(guideHeading)!;
    for (const field of fieldsOfCollection(collection)) expect(field.hint, `${collection}.${field.name}`).toBe(documented.get(field.name));
    expect(Object.keys((schema as unknown as { shape: Shape }).shape).every((name) => documented.has(name))).toBe(true);
  });

  test('a collection for each kind of page of each plan, and the site’s own', () => {
    const names = collections.map((collection) => collection.name);
    for (const plan of site.plans) for (const kind of ['plan', ...PLAN_KINDS.map((each) => each.folder)]) expect(names).toContain(collectionName(plan.id, kind));
    expect(names).toEqual(expect.arrayContaining(['site', 'young-people', 'themes', 'glossary']));
  });

  test('statuses, RAG, plan kinds, better direction and measure kinds are select lists of the schema’s words', () => {
    const field = (collection: string, name: string) => fieldsOfCollection(collection).find((candidate) => candidate.name === name)!;
    expect(field('moray-loip__actions', 'status')).toMatchObject({ widget: 'select', options: ['not started', 'in progress', 'complete', 'on hold', 'not stated'], required: false });
    expect(field('moray-loip__measures', 'kind')).toMatchObject({ widget: 'select', options: ['quantitative', 'milestone', 'qualitative'], required: true });
    expect(field('moray-loip__measures', 'betterDirection')).toMatchObject({ widget: 'select', options: ['increase', 'decrease', 'none', 'not stated'] });
    expect(field('moray-loip__plan', 'kind')).toMatchObject({ widget: 'select' });
    const outcomes = field('moray-loip__reports', 'outcomes').fields!;
    expect(outcomes.find((candidate) => candidate.name === 'ragStatus')).toMatchObject({ widget: 'select', options: ['red', 'amber', 'green', 'not stated'] });
  });

  test('outcome, measures, themes and contributesTo pick from the pages they name', () => {
    const field = (name: string) => fieldsOfCollection('moray-loip__actions').find((candidate) => candidate.name === name)!;
    expect(field('outcome')).toMatchObject({ widget: 'relation', collection: 'moray-loip__outcomes', multiple: false, required: true });
    expect(field('measures')).toMatchObject({ widget: 'relation', collection: 'moray-loip__measures', multiple: true });
    expect(field('themes')).toMatchObject({ widget: 'relation', collection: 'themes', multiple: true });
    const contributes = field('contributesTo');
    expect(contributes).toMatchObject({ widget: 'select', multiple: true });
    expect(contributes.options).toContainEqual({ value: 'moray-csp-2020-23/outcomes/mentally-well', label: expect.stringContaining('Moray CSP') });
    expect(contributes.options!.some((option) => typeof option === 'object' && String(option.value).startsWith('moray-loip/'))).toBe(false);
  });

  test('dates and periods get the widgets that run the period parsers; lists of text are lists', () => {
    const field = (collection: string, name: string) => fieldsOfCollection(collection).find((candidate) => candidate.name === name)!;
    expect(field('moray-loip__actions', 'completionTarget').widget).toBe('plansite-timeframe');
    expect(field('moray-loip__actions', 'partners')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect(field('moray-loip__reports', 'period').fields!.map((inner) => inner.widget)).toEqual(['string', 'plansite-day', 'plansite-day']);
    expect(field('moray-loip__reports', 'figures').fields!.find((inner) => inner.name === 'period')!.widget).toBe('plansite-period');
    expect(field('moray-loip__measures', 'baseline').fields!.find((inner) => inner.name === 'period')!.widget).toBe('plansite-period');
  });

  test('a field the editor has no widget for stops the configuration, naming it', () => {
    const context = { pickerFor: () => undefined, helpFor: () => undefined };
    expect(() => fieldsOf(z.strictObject({ title: z.string(), published: z.date() }), context)).toThrow('The editor has no widget for the field "published" (a zod date)');
  });
});
