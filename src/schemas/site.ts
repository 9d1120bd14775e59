import { z } from 'zod';
import { contact, nonEmptyText, type Contact } from './shared';

/** A website's address alone ("https://www.example.gov.uk"), as a browser compares sites: no page, no slash after it. */
const siteOrigin = z
  .url({ protocol: /^https$/, error: 'write the full address of the site, starting https://, like "https://www.example.gov.uk"' })
  // A wrong address has its own message above; this one is only for an address with more than the site in it.
  .refine((address) => !URL.canParse(address) || new URL(address).origin === address, {
    error: 'write the site’s address alone, like "https://www.example.gov.uk": no page, and no slash at the end',
  });

/** content/site.yaml: what the whole website is called and who publishes it. */
export const siteSettingsSchema = z.strictObject({
  title: nonEmptyText,
  description: nonEmptyText,
  publisher: nonEmptyText,
  /** A paragraph for the home page, after the description: what readers can do here. */
  introduction: nonEmptyText.optional(),
  /** True only for plansite's sample site: `npm run new -- site` replaces it with a site of your own. */
  sample: z.boolean().default(false),
  /** The address the site is published at, e.g. "https://plans.anytown.gov.uk". The SITE_URL environment variable overrides it. */
  url: z.url({ protocol: /^https?$/, error: 'write the full address, starting https://' }).optional(),
  /** Only when the site lives under a sub-path of its address, e.g. "/plans/". BASE_PATH overrides it. */
  basePath: z
    .string()
    .regex(/^\/(?:[a-z0-9][a-z0-9-]*\/)*$/, 'write the sub-path between slashes, like "/plans/", or leave it out')
    .optional(),
  /** The partnership's logo: an image file in public/, shown beside the site's name. */
  logo: z
    .strictObject({
      src: z.string().regex(/^[a-z0-9][a-z0-9._/-]*\.(svg|png|jpe?g|webp)$/i, 'name an image file in the public/ folder, like "logo.svg"'),
      alt: nonEmptyText,
      width: z.number().int().positive(),
      height: z.number().int().positive(),
    })
    .optional(),
  /** How readers contact the publisher, shown in every page's footer. */
  contact: contact.optional(),
  /**
   * Visitor statistics are off unless the publisher turns them on; the only kind offered is Plausible,
   * which sets no cookies. `src` should be served from the site's own address.
   */
  analytics: z
    .discriminatedUnion('provider', [
      z.strictObject({ provider: z.literal('none') }),
      z.strictObject({ provider: z.literal('plausible'), domain: nonEmptyText, src: nonEmptyText }),
    ])
    .default({ provider: 'none' }),
  /**
   * Where readers report an accessibility problem or ask for a plan in another format, shown in the
   * accessibility statement. Required, with an email, phone or url, except on the sample site (see below).
   */
  accessibilityContact: contact.optional(),
  /** Where "Hide this page" goes: a neutral page in this tab, and a search page in place of this one. */
  hideThisPage: z
    .strictObject({ url: z.url({ protocol: /^https$/ }), altUrl: z.url({ protocol: /^https$/ }) })
    .default({ url: 'https://www.bbc.co.uk/weather/', altUrl: 'https://www.google.com/' }),
  /** The accessibility statement's own facts, which only the publisher can state. */
  accessibility: z
    .strictObject({
      /** As the Public Sector Bodies Accessibility Regulations word it. */
      compliance: z.enum(['fully compliant', 'partially compliant', 'not compliant']),
      /** Content that is not accessible, and why. */
      nonAccessibleContent: z.array(nonEmptyText).default([]),
      /** When the statement was prepared or last reviewed, e.g. "November 2026". */
      statementPrepared: nonEmptyText,
    })
    .optional(),
  /** Searches to suggest under the search box, in your plans' words: "child poverty", "CAMHS". */
  searchExamples: z.array(nonEmptyText).default([]),
  /** Words in capitals the glossary check should not ask to explain, such as indicator codes. */
  jargon: z.strictObject({ ignore: z.array(nonEmptyText).default([]) }).default({ ignore: [] }),
  /**
   * The charts other websites can show in a frame (the pages under /embed/). Any website may, unless
   * `allowedSites` lists the only ones that may: each site's address alone, like "https://www.example.gov.uk".
   */
  embeds: z.strictObject({ allowedSites: z.array(siteOrigin).min(1, 'list at least one site, or leave `embeds` out to let any website show the charts') }).optional(),
}).superRefine((settings, ctx) => {
  const problem = accessibilityContactProblem(settings);
  if (problem) ctx.addIssue({ code: 'custom', path: ['accessibilityContact'], message: problem });
});

/**
 * The accessibility regulations require the statement to say how to report a problem, so every site
 * names a contact with a way to reach someone. The sample site, which no one answers, may give text
 * alone: it says so and points to the plans' own contacts (docs/content-decisions.md).
 */
function accessibilityContactProblem({ accessibilityContact, sample }: { accessibilityContact?: Contact; sample: boolean }): string | undefined {
  if (!accessibilityContact) {
    return `the accessibility statement must say how to report an accessibility problem (the accessibility regulations require a contact), but this site gives none. Add one with a sentence and at least one way to reach you (\`email\`, \`phone\` or \`url\`, a contact form's address), like accessibilityContact: { text: "To report a problem with this website or ask for a plan in another format, contact us.", email: "plans@example.gov.uk" }`;
  }
  if (sample || accessibilityContact.email || accessibilityContact.phone || accessibilityContact.url) return undefined;
  return `this contact gives readers no way to reach anyone. Add an \`email\`, a \`phone\` number or a \`url\` (a contact form's address), like email: "plans@example.gov.uk". Only plansite's sample site (\`sample: true\`), which no one answers, may give text alone.`;
}

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
