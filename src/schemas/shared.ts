import { z } from 'zod';
import { parsePeriod } from '../lib/period';
import { parseTimeframe } from '../lib/timeframe';

/** Lower-case words joined by hyphens: the last part of every page's URL. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, numbers and single hyphens, like "mental-wellbeing"');

/** A page in any plan, written as its URL path without slashes at the ends: "moray-csp-2020-23/outcomes/feel-safe". */
export const crossPlanPath = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\/(priorities|outcomes)\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'write the path of a priority or outcome page, like "moray-csp-2020-23/outcomes/feel-safe"',
  );

export const nonEmptyText = z.string().trim().min(1, 'write some text here, or remove the field');

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

/** A date written year-month-day, quoted or not. */
export const isoDate = z.preprocess(yamlDateAsText, z.iso.date({ error: 'write the date as year-month-day, like "2021-06-30"' }));

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
export const timeframe = parsedText(parseTimeframe);

/** The period a figure is for, e.g. "2021/22" or "2021/22 Q1". */
export const period = parsedText(parsePeriod);
export const link = z.strictObject({
  title: nonEmptyText,
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** Who leads: a role or group, and a named person only where the source names one. */
export const lead = nonEmptyText;

export const ids = z.array(slug).default([]);

/** Shows the Design System's "Hide this page" button, for pages on sensitive topics such as domestic abuse. */
export const hideThisPage = z.boolean().default(false);
