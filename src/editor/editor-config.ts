/**
 * The browser editor's configuration (Decap CMS), made from the content schemas and the site's content
 * each time the editor loads: a collection per kind of page per plan, each with the fields its schema
 * has (./schema-fields.ts) and the guide's help text (./field-help.ts). Never written by hand.
 */
import type { z } from 'zod';
import {
  actionSchema,
  glossaryTermSchema,
  measureSchema,
  outcomeSchema,
  planSchema,
  prioritySchema,
  reportSchema,
  siteSettingsSchema,
  themeSchema,
  youngPeoplePageSchema,
} from '../schemas';
import type { HelpByKind } from './field-help';
import { fieldsOf, type EditorField, type FieldContext, type Picker } from './schema-fields';
import type { EditorPlan, EditorSite } from './editor-site';

/** How a new file of a kind is named: from its title (as `npm run new` names it), or from its period, as reports are. */
export type FileNameRule = 'title' | 'period';

export interface EditorKind {
  /** The collection's last part, and the plan's folder the files are in. */
  folder: string;
  /** The heading of its field table in docs/authoring.md. */
  guide: string;
  label: string;
  singular: string;
  schema: z.ZodType;
  extension: 'mdx' | 'yaml';
  fileName: FileNameRule;
}

/** The kinds of page in a plan's folder, in the order the editor lists them. */
export const PLAN_KINDS: readonly EditorKind[] = [
  { folder: 'priorities', guide: 'Priority', label: 'Priorities', singular: 'priority', schema: prioritySchema, extension: 'mdx', fileName: 'title' },
  { folder: 'outcomes', guide: 'Outcome', label: 'Outcomes', singular: 'outcome', schema: outcomeSchema, extension: 'mdx', fileName: 'title' },
  { folder: 'actions', guide: 'Action', label: 'Actions', singular: 'action', schema: actionSchema, extension: 'yaml', fileName: 'title' },
  { folder: 'measures', guide: 'Measure', label: 'Measures', singular: 'measure', schema: measureSchema, extension: 'yaml', fileName: 'title' },
  { folder: 'reports', guide: 'Progress report', label: 'Progress reports', singular: 'progress report', schema: reportSchema, extension: 'mdx', fileName: 'period' },
];

/** The site's own kinds: folders of content/ and single files. */
export const SITE_KINDS = {
  themes: { folder: 'themes', guide: 'Theme', label: 'Themes', singular: 'theme', schema: themeSchema, extension: 'yaml', fileName: 'title' },
  glossary: { folder: 'glossary', guide: 'Glossary term', label: 'Glossary', singular: 'glossary term', schema: glossaryTermSchema, extension: 'yaml', fileName: 'title' },
} as const satisfies Record<string, EditorKind>;

export const SITE_FILES = [
  { name: 'site', guide: 'Site settings', label: 'Site settings', file: 'content/site.yaml', schema: siteSettingsSchema, preview: '/' },
  { name: 'young-people', guide: '"For young people" page', label: '"For young people" page', file: 'content/young-people.mdx', schema: youngPeoplePageSchema, preview: '/young-people/' },
] as const;

export const PLAN_FILE = { guide: 'Plan', schema: planSchema } as const;

/** A collection's name: Decap puts it in the editor's web address. */
export const collectionName = (plan: string, folder: string) => `${plan}__${folder}`;

/** Which fields name other pages, and where the editor finds them. */
function pickers(plan: EditorPlan, site: EditorSite): Record<string, Picker> {
  const inPlan = (folder: string) => ({ collection: collectionName(plan.id, folder) });
  return {
    outcome: inPlan('outcomes'),
    'outcomes.outcome': inPlan('outcomes'),
    priority: inPlan('priorities'),
    measures: inPlan('measures'),
    'figures.measure': inPlan('measures'),
    'actions.action': inPlan('actions'),
    themes: { collection: 'themes' },
    contributesTo: { options: site.pages.filter((page) => !page.value.startsWith(`${plan.id}/`)) },
  };
}

function context(help: HelpByKind, guide: string, picked: Record<string, Picker> = { themes: { collection: 'themes' } }, plan?: EditorPlan): FieldContext {
  return { pickerFor: (path) => picked[path], helpFor: (name) => help.get(guide)?.get(name), keysFor: (path) => (path === 'selfAssessment' ? plan?.selfAssessed : undefined) };
}

/** The text below a page's fields, as Markdown the officer writes by hand (components and all), never rewritten by a rich-text editor. */
const BODY: EditorField = { name: 'body', label: 'Text', widget: 'markdown', required: false, modes: ['raw'], hint: 'The page’s text, in Markdown. docs/authoring.md lists the components a page may use.' };
/** Filled in by the editor's script before a new file is saved: the file name the site's rule gives (see editor-script). */
const FILE_NAME: EditorField = { name: 'fileName', label: 'File name', widget: 'hidden', required: false };

function reportDefaults(fields: EditorField[], plan: EditorPlan): EditorField[] {
  const period = plan.nextReportPeriod;
  const defaults: Record<string, unknown> = {
    ...(period ? { title: `Progress report: ${period.label}`, period } : {}),
    outcomes: plan.reportOutcomes.map((outcome) => ({ outcome, ragStatus: 'not stated' })),
    actions: plan.reportActions.map((action) => ({ action })),
  };
  return fields.map((field) => (field.name in defaults ? withDefault(field, defaults[field.name]) : field));
}

/** A field's default; a group's goes to each of its fields, which is where Decap reads it. */
function withDefault(field: EditorField, value: unknown): EditorField {
  if (field.widget !== 'object' || !field.fields || typeof value !== 'object' || value === null) return { ...field, default: value };
  const values = value as Record<string, unknown>;
  return { ...field, fields: field.fields.map((inner) => (inner.name in values ? withDefault(inner, values[inner.name]) : inner)) };
}

function folderCollection(kind: EditorKind, name: string, folder: string, label: string, fieldContext: FieldContext, plan?: EditorPlan) {
  const schemaFields = fieldsOf(kind.schema, fieldContext);
  const fields = kind.folder === 'reports' && plan ? reportDefaults(schemaFields, plan) : schemaFields;
  return {
    name,
    label,
    label_singular: kind.singular,
    folder,
    extension: kind.extension,
    format: kind.extension === 'mdx' ? 'frontmatter' : 'yaml',
    create: true,
    delete: false,
    slug: '{{fileName}}',
    identifier_field: kind.guide === 'Glossary term' ? 'term' : 'title',
    summary: kind.guide === 'Glossary term' ? '{{term}}' : '{{title}}',
    fields: [...fields, ...(kind.extension === 'mdx' ? [BODY] : []), FILE_NAME],
  };
}

export interface EditorSetup {
  /** The Decap CMS configuration. */
  decap: Record<string, unknown>;
  /** What the editor's own script needs: each collection's file-name rule and the address of its pages. */
  plansite: { fileNames: Record<string, FileNameRule>; previews: Record<string, string> };
}

/** Where a collection's pages are on the site; `{{slug}}` is the file's name. */
function planPreviews(plan: string): Record<string, string> {
  return Object.fromEntries([[collectionName(plan, 'plan'), `/${plan}/`], ...PLAN_KINDS.map((kind) => [collectionName(plan, kind.folder), `/${plan}/${kind.folder}/{{slug}}/`])]);
}

export function editorSetup(site: EditorSite, help: HelpByKind, backend: Record<string, unknown>): EditorSetup {
  const collections: Array<Record<string, unknown>> = [];
  const fileNames: Record<string, FileNameRule> = {};
  const previews: Record<string, string> = {};
  for (const file of SITE_FILES) {
    collections.push({ name: file.name, label: file.label, files: [{ name: file.name, label: file.label, file: file.file, fields: [...fieldsOf(file.schema, context(help, file.guide)), ...(file.file.endsWith('.mdx') ? [BODY] : [])] }] });
    previews[file.name] = file.preview;
  }
  for (const [name, kind] of Object.entries(SITE_KINDS)) {
    collections.push(folderCollection(kind, name, `content/${kind.folder}`, kind.label, context(help, kind.guide)));
    fileNames[name] = kind.fileName;
    previews[name] = name === 'themes' ? '/themes/{{slug}}/' : '/glossary/';
  }
  for (const plan of site.plans) {
    const picked = pickers(plan, site);
    const planCollection = collectionName(plan.id, 'plan');
    collections.push({
      name: planCollection,
      label: `${plan.title}: the plan`,
      files: [{ name: planCollection, label: `${plan.title}: the plan`, file: `content/${plan.id}/plan.mdx`, fields: [...fieldsOf(PLAN_FILE.schema, context(help, PLAN_FILE.guide, picked, plan)), BODY] }],
    });
    for (const kind of PLAN_KINDS) {
      const name = collectionName(plan.id, kind.folder);
      collections.push(folderCollection(kind, name, `content/${plan.id}/${kind.folder}`, `${plan.title}: ${kind.label.toLowerCase()}`, context(help, kind.guide, picked), plan));
      fileNames[name] = kind.fileName;
    }
    Object.assign(previews, planPreviews(plan.id));
  }
  const decap = {
    load_config_file: false,
    backend,
    media_folder: 'public',
    public_folder: '/',
    omit_empty_optional_fields: true,
    editor: { preview: true },
    collections,
  };
  return { decap, plansite: { fileNames, previews } };
}
