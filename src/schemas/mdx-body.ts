/**
 * What the text of an MDX page may contain besides Markdown: the site's own components, with
 * attribute values written in quotes, and a short list of HTML elements. Anything else — `import`,
 * `export`, `{…}` expressions, other elements or attributes, links to other kinds of address — is
 * refused by the content check and by the build (src/lib/mdx-body.ts), so a content file can never
 * run code or put live markup in front of readers. This file is the whole allow-list.
 */

export interface ComponentRule {
  /** Attributes it needs. */
  required: readonly string[];
  optional: readonly string[];
}

/** The components comms staff can use in MDX, and their attributes (src/site/mdx-components.ts renders them). */
export const MDX_COMPONENT_RULES = {
  MeasureChart: { required: ['measure'], optional: [] },
  OutcomeProgress: { required: ['outcome'], optional: [] },
  Callout: { required: [], optional: ['title'] },
  KeyFact: { required: ['figure', 'label'], optional: ['source'] },
  StatusBadge: { required: ['status'], optional: [] },
} as const satisfies Record<string, ComponentRule>;

export type MdxComponentName = keyof typeof MDX_COMPONENT_RULES;
export const MDX_COMPONENTS = Object.keys(MDX_COMPONENT_RULES) as MdxComponentName[];

/** Attributes any allowed element may have: the language and direction of a phrase. */
export const GLOBAL_ATTRIBUTES = ['lang', 'dir'] as const;

/**
 * HTML elements allowed in MDX text, each with the attributes it may have beyond the global ones.
 * Markdown already gives headings, lists, links, emphasis and tables; these cover what it cannot.
 */
export const HTML_ELEMENT_RULES: Record<string, readonly string[]> = {
  a: ['href'],
  abbr: ['title'],
  b: [],
  blockquote: [],
  br: [],
  caption: [],
  cite: [],
  dd: [],
  del: [],
  details: ['open'],
  div: [],
  dl: [],
  dt: [],
  em: [],
  h2: [],
  h3: [],
  h4: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: [],
  li: [],
  mark: [],
  ol: ['start'],
  p: [],
  q: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  tfoot: [],
  th: ['scope', 'colspan', 'rowspan'],
  thead: [],
  time: ['datetime'],
  tr: [],
  ul: [],
};

/** Attributes that hold an address, checked like Markdown links and images. */
export const LINK_ATTRIBUTES: Record<string, 'link' | 'image'> = { href: 'link', src: 'image' };

/** Attributes written without a value (`<details open>`). */
export const BOOLEAN_ATTRIBUTES = ['open'] as const;

/** The kinds of address a link may have, besides a page on this site ("/themes/safe/", "#contacts"). */
export const LINK_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;
