/**
 * content/site.yaml for a new site, written the way a person would write it: every field commented,
 * the ones the partnership must decide for itself left as comments to fill in.
 */
export interface SiteTemplateOptions {
  title: string;
  publisher: string;
  areas: string[];
  email: string;
  description?: string;
  url?: string;
  phone?: string;
}

const quoted = (text: string) => JSON.stringify(text);

export function defaultDescription(options: Pick<SiteTemplateOptions, 'publisher' | 'areas'>): string {
  return `Plans published by ${options.publisher} for ${options.areas.join(' and ')}: their priorities, outcomes, actions, measures and progress reports, in one searchable place.`;
}

export function siteTemplate(options: SiteTemplateOptions): string {
  const reach = `email: ${quoted(options.email)}${options.phone ? `, phone: ${quoted(options.phone)}` : ''}`;
  const contact = `{ text: "Questions about the plans?", ${reach} }`;
  const accessibilityContact = `{ text: "To report a problem with this website's accessibility, or to ask for a plan in another format, contact us.", ${reach} }`;
  return `# The name of the whole website and who publishes it. Shown in the header, footer and page titles.
title: ${quoted(options.title)}
# One or two sentences: what the site is. Shown on the home page and to search engines.
description: ${quoted(options.description ?? defaultDescription(options))}
publisher: ${quoted(options.publisher)}
# Optional: a paragraph for the home page, after the description.
# introduction: ""
${options.url ? `# The site's address.\nurl: ${quoted(options.url)}\n` : "# The site's address, once you know it, e.g. https://plans.example.gov.uk (or set SITE_URL).\n# url: \"\"\n"}# Optional: only if the site lives under a sub-path of its address, e.g. /plans/.
# basePath: /plans/
# Who readers contact about the plans: shown in every page's footer.
contact: ${contact}
# Where readers report an accessibility problem or ask for a plan in another format. Required: the
# accessibility statement must name a contact, with an email, phone or url (a contact form's address).
accessibilityContact: ${accessibilityContact}
# The accessibility statement's facts, which only you can state. Remove the # from these lines once you have
# checked the site (see "Accessibility" in README.md): fully compliant, partially compliant or not compliant.
# accessibility:
#   compliance: partially compliant
#   nonAccessibleContent:
#     - ""
#   statementPrepared: ""
# Optional: the partnership's logo, an image file in public/.
# logo: { src: logo.svg, alt: "", width: 120, height: 48 }
# Searches to suggest under the search box, in your plans' own words, e.g. ["fair work", "housing"].
searchExamples: []
# Words in capitals that need no glossary entry, such as indicator codes.
jargon:
  ignore: []
# Optional: the only websites that may show the site's charts in a frame (each site's address alone).
# Leave it out to let any website.
# embeds:
#   allowedSites: ["https://www.example.gov.uk"]
`;
}
