import { z } from 'zod';
import { nonEmptyText } from './shared';

/** content/site.yaml: what the whole website is called and who publishes it. */
export const siteSettingsSchema = z.strictObject({
  title: nonEmptyText,
  description: nonEmptyText,
  publisher: nonEmptyText,
  /** Where readers report an accessibility problem; omit if not yet decided. */
  accessibilityContact: z.strictObject({ text: nonEmptyText, email: z.email().optional(), url: z.url().optional() }).optional(),
  /** Where "Hide this page" goes: a neutral page in this tab, and a search page in place of this one. */
  hideThisPage: z
    .object({ url: z.url({ protocol: /^https$/ }), altUrl: z.url({ protocol: /^https$/ }) })
    .default({ url: 'https://www.bbc.co.uk/weather/', altUrl: 'https://www.google.com/' }),
  /** The accessibility statement's own facts, which only the publisher can state. */
  accessibility: z
    .object({
      /** As the Public Sector Bodies Accessibility Regulations word it. */
      compliance: z.enum(['fully compliant', 'partially compliant', 'not compliant']),
      /** Content that is not accessible, and why. */
      nonAccessibleContent: z.array(nonEmptyText).default([]),
      /** When the statement was prepared or last reviewed, e.g. "November 2026". */
      statementPrepared: nonEmptyText,
    })
    .optional(),
  /** Words in capitals the glossary check should not ask to explain, such as indicator codes. */
  jargon: z.strictObject({ ignore: z.array(nonEmptyText).default([]) }).default({ ignore: [] }),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
