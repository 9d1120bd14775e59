import { z } from 'zod';

/**
 * What the browser editor needs to know about a field that its type does not say: a text field read by
 * one of the parsers in lib/ (a period, a timeframe, a day) gets a widget that runs the same parser as
 * the officer types (src/editor/schema-fields.ts).
 */
export type EditorHint = { widget: 'period' | 'timeframe' | 'day' };

export const editorHints = z.registry<EditorHint>();
