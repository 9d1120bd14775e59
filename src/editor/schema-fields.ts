/**
 * The editor's form fields, made from the content schemas: each field of a kind of page becomes a
 * Decap CMS field with the widget its type calls for (select lists for the schema's fixed words, lists
 * for arrays, the period widgets for fields the period parsers read), marked required where the schema
 * requires it. Nothing here is written by hand per field, so a field added to a schema appears in the
 * editor; a type this module cannot show stops the configuration with the field's name.
 */
import type { z } from 'zod';
import { editorHints } from '../schemas/editor-hints';

export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  options?: Array<string | number | { label: string; value: string | number }>;
  multiple?: boolean;
  fields?: EditorField[];
  field?: EditorField;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  collapsed?: boolean;
  /** Relation widget: the collection it picks from and how it shows and stores an entry. */
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  modes?: string[];
}

/** How a field that names other pages picks them: a relation to a collection, or a fixed list. */
export type Picker = { collection: string } | { options: Array<{ label: string; value: string }> };

export interface FieldContext {
  /** The picker for the field at this path ("outcome", "actions.action"), when it names other pages. */
  pickerFor(path: string): Picker | undefined;
  /** Help text for a top-level field. */
  helpFor(name: string): string | undefined;
  /** The keys a record (a group keyed by ids, like a plan's selfAssessment) may have, each with its label. */
  keysFor?(path: string): Array<{ key: string; label: string }> | undefined;
}

/** Text fields that hold paragraphs, not a line. */
const LONG_TEXT = new Set(['description', 'explanation', 'commentary', 'mitigation', 'introduction', 'changeRequests', 'plannedOutcome', 'text', 'comment', 'statementPrepared']);

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A name as a label: "completionTarget" → "Completion target". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  default?: unknown;
  hint?: string;
}

/** Strips optional, default and the pipes of preprocessing and checks, keeping what they say about the field. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let fallback: unknown;
  let hint = editorHints.get(current)?.widget;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      const value = def.defaultValue;
      fallback = typeof value === 'function' ? (value as () => unknown)() : value;
    } else if (def.type !== 'pipe') break;
    current = (def.type === 'pipe' ? (defOf(def.in as z.ZodType).type === 'transform' ? def.out : def.in) : def.innerType) as z.ZodType;
    hint ??= editorHints.get(current)?.widget;
  }
  return { schema: current, required, default: fallback, hint };
}

/** The enum's words or the union's literals, when the field is a choice of fixed values. */
function choices(schema: z.ZodType): Array<string | number> | undefined {
  const def = defOf(schema);
  if (def.type === 'enum') return Object.values(def.entries as Record<string, string>);
  if (def.type === 'literal') return def.values as Array<string | number>;
  if (def.type === 'union') {
    const all = (def.options as z.ZodType[]).map((option) => choices(unwrap(option).schema));
    return all.every((values) => values !== undefined) ? all.flat() as Array<string | number> : undefined;
  }
  return undefined;
}

const isInteger = (def: Def) => (def.checks as Array<{ _zod: { def: { format?: string } } }> | undefined)?.some((check) => check._zod.def.format === 'safeint') ?? false;

/** The editor field for one schema field. `path` is its place in the page: "baseline.period", "actions.status". */
export function fieldFor(name: string, schema: z.ZodType, context: FieldContext, path = name, parentRequired = true): EditorField {
  const unwrapped = unwrap(schema);
  const { schema: inner, default: fallback, hint } = unwrapped;
  // Decap asks for a group's required fields even when the group itself is left out, so inside an optional group none is marked required; the check still requires them.
  const required = unwrapped.required && parentRequired;
  // An empty list is said as the default too: Decap otherwise starts a new page's list with one empty item.
  const base = { name, label: labelOf(name), required, ...(fallback !== undefined ? { default: fallback } : {}) };
  const withHelp = (field: EditorField): EditorField => {
    const help = path === name ? context.helpFor(name) : undefined;
    return help ? { ...field, hint: help } : field;
  };
  if (hint) return withHelp({ ...base, widget: `plansite-${hint}` });
  const picker = context.pickerFor(path);
  const def = defOf(inner);
  if (picker) return withHelp({ ...base, ...pickerField(picker, def.type === 'array' || def.type === 'union') });
  const fixed = choices(inner);
  if (fixed) return withHelp({ ...base, widget: 'select', options: fixed });
  switch (def.type) {
    case 'string':
      return withHelp({ ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string' });
    case 'number':
      return withHelp({ ...base, widget: 'number', value_type: isInteger(def) ? 'int' : 'float' });
    case 'boolean':
      return withHelp({ ...base, widget: 'boolean' });
    case 'object':
      return withHelp({ ...base, widget: 'object', fields: fieldsOf(inner, context, path, required) });
    case 'array':
      return withHelp({ ...base, ...listField(name, def.element as z.ZodType, context, path, required) });
    case 'record': {
      const keys = context.keysFor?.(path);
      if (!keys) break;
      // Nothing to fill in (no criteria of this kind ask for a statement): the file's value stays as it is.
      if (keys.length === 0) return { ...base, widget: 'hidden' };
      const value = def.valueType as z.ZodType;
      return withHelp({ ...base, widget: 'object', collapsed: true, fields: keys.map(({ key, label }) => ({ ...fieldFor(key, value, context, `${path}.${key}`, false), label })) });
    }
    case 'union':
      return withHelp({ ...base, ...unionField(name, def.options as z.ZodType[], context, path, required) });
  }
  throw new Error(`The editor has no widget for the field "${path}" (a zod ${def.type}). Add one in src/editor/schema-fields.ts.`);
}

function pickerField(picker: Picker, multiple: boolean): Pick<EditorField, 'widget' | 'multiple' | 'options' | 'collection' | 'value_field' | 'search_fields' | 'display_fields'> {
  if ('options' in picker) return { widget: 'select', multiple, options: picker.options };
  return { widget: 'relation', multiple, collection: picker.collection, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
}

/** A list: of fixed words (a select list that takes several), of text, or of groups of fields. */
function listField(name: string, element: z.ZodType, context: FieldContext, path: string, required: boolean): Pick<EditorField, 'widget' | 'options' | 'multiple' | 'fields' | 'field' | 'collapsed'> {
  const inner = unwrap(element).schema;
  const fixed = choices(inner);
  if (fixed) return { widget: 'select', multiple: true, options: fixed };
  const def = defOf(inner);
  if (def.type === 'object') return { widget: 'list', collapsed: true, fields: fieldsOf(inner, context, path, required) };
  const item = fieldFor(name, element, context, `${path}[]`, required);
  return { widget: 'list', field: { ...item, name: 'item', label: labelOf(name), required: true } };
}

/**
 * A choice between shapes. One text or a list of texts keeps whichever it is; a choice of groups of
 * fields (the analytics setting) is one group with every field any of them has, the choosing field first.
 */
function unionField(name: string, options: z.ZodType[], context: FieldContext, path: string, required: boolean): Pick<EditorField, 'widget' | 'fields' | 'field' | 'collapsed' | 'options' | 'multiple'> {
  const shapes = options.map((option) => unwrap(option).schema);
  // One id, or a list of them (an action's improvementAim): a widget that keeps either shape.
  if (shapes.some((shape) => defOf(shape).type === 'array') && shapes.some((shape) => defOf(shape).type === 'string')) return { widget: 'plansite-one-or-more' };
  if (shapes.every((shape) => defOf(shape).type === 'object')) {
    const merged = new Map<string, EditorField>();
    for (const shape of shapes) {
      for (const field of fieldsOf(shape, context, path)) {
        const known = merged.get(field.name);
        const options = [...(known?.options ?? []), ...(field.options ?? [])];
        merged.set(field.name, { ...field, required: false, ...(options.length > 0 ? { options: [...new Set(options)] } : {}) });
      }
    }
    return { widget: 'object', collapsed: true, fields: [...merged.values()] };
  }
  throw new Error(`The editor has no widget for the field "${path}" (a choice of ${shapes.map((shape) => defOf(shape).type).join(' or ')}). Add one in src/editor/schema-fields.ts.`);
}

/** Every field of an object schema, in the schema's order. */
export function fieldsOf(schema: z.ZodType, context: FieldContext, path = '', required = true): EditorField[] {
  const shape = (defOf(schema).shape ?? {}) as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, field]) => fieldFor(name, field, context, path ? `${path}.${name}` : name, required));
}

/** A kind's top-level fields in the schema's order, and the value each has when a file leaves it out. */
export function fieldLayout(schema: z.ZodType): { order: string[]; defaults: Record<string, unknown> } {
  const shape = (defOf(schema).shape ?? {}) as Record<string, z.ZodType>;
  const defaults: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(shape)) {
    const { default: fallback } = unwrap(field);
    if (fallback !== undefined) defaults[name] = fallback;
  }
  return { order: Object.keys(shape), defaults };
}
