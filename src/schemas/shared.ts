import { z } from 'zod';
import { parsePeriod } from '../lib/period';
import { parseTimeframe } from '../lib/timeframe';
import { parseDay } from '../lib/calendar';
import { withoutWrappingCurlyQuotes } from '../lib/word-habits';
import { editorHints } from './editor-hints';

/** Text as Word pastes it: curly quotes around the whole value are quotation marks (see lib/word-habits.ts). */
const text = () => z.preprocess(withoutWrappingCurlyQuotes, z.string());

/** Lower-case words joined by hyphens: the last part of every page's URL. */
export const slug = text().pipe(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, numbers and single hyphens, like "mental-wellbeing"'));

/** A page in any plan, written as its URL path without slashes at the ends: "city-loip/outcomes/safe-streets". */
export const crossPlanPath = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\/(priorities|outcomes)\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'write the path of a priority or outcome page, like "city-loip/outcomes/safe-streets"',
  );

export const nonEmptyText = text().pipe(z.string().trim().min(1, 'write some text here, or remove the field'));

/** Red, amber and green are reported only where the source states them. */
export const ragStatus = z.enum(['red', 'amber', 'green', 'not stated']);
export type RagStatus = z.infer<typeof ragStatus>;

export const actionStatus = z.enum(['not started', 'in progress', 'complete', 'on hold', 'not stated']);
export type ActionStatus = z.infer<typeof actionStatus>;

/**
 * YAML reads an unquoted `2023-03-31` as a date, in the build as in the check (see lib/yaml-source.ts):
 * where a field holds a date, that is what the author meant, so it is taken as the date it names.
 */
function yamlDateAsText(value: unknown): unknown {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
  return value.toISOString().replace(/T00:00:00\.000Z$/, '');
}


/** A text field read by one of the parsers in lib/, which either gives a value or says what is wrong. */
function parsedText<T>(parse: (text: string) => { ok: true; value: T } | { ok: false; error: string }) {
  return z.preprocess(yamlDateAsText, z.string()).transform((text, ctx) => {
    const result = parse(text);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.error });
      return z.NEVER;
    }
    return result.value;
  });
}

/** A date, month, year or range in the plan's own words, with a comparable start and end. */
export const timeframe = parsedText(parseTimeframe).register(editorHints, { widget: 'timeframe' });

/** The period a figure is for, e.g. "2021/22" or "2021/22 Q1". */
export const period = parsedText(parsePeriod).register(editorHints, { widget: 'period' });

/** One day, read like every date in the content ("31/03/2021", "31 March 2021", "2021-03-31"), with its ISO date. */
export const day = parsedText(parseDay).register(editorHints, { widget: 'day' });
/** A figure in a CSV file: a plain number, as a spreadsheet writes it without formatting. */
export const csvNumber = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, 'write a plain number, without commas, % or £')
  .transform(Number)
  .refine(Number.isFinite, 'this number is too large to be a figure; check for extra digits');

export const link = z.strictObject({
  title: nonEmptyText,
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** How readers reach someone: a sentence, and the email address, phone number or web address it offers. */
export const contact = z.strictObject({
  text: nonEmptyText,
  email: z.email().optional(),
  phone: nonEmptyText.optional(),
  url: z.url({ protocol: /^https?$/, error: 'write the full address, starting https://' }).optional(),
});
export type Contact = z.infer<typeof contact>;

/** Who leads: a role or group, and a named person only where the source names one. */
export const lead = nonEmptyText;

export const ids = z.array(slug).default([]);

/** Shows the Design System's "Hide this page" button, for pages on sensitive topics such as domestic abuse. */
export const hideThisPage = z.boolean().default(false);
