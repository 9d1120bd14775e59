/**
 * Jargon explained where it appears. The first use of each glossary term on a page becomes an
 * explanation readers can see, hear and reach by keyboard: an abbreviation keeps its `<abbr>` and is
 * followed by its expansion, linked to the glossary entry; a term without an expansion links to it.
 * A check finds abbreviations the glossary does not explain yet.
 */
import { rewriteHtml, type Visitor } from './html-rewrite';
import { escapeHtml } from './html-text';

export interface GlossaryEntry {
  /** The glossary entry's id: its anchor on the glossary page. */
  id: string;
  term: string;
  expansion?: string;
}

/** Words written in capitals: "GIRFEC", "R4L", "NHS" (and "Q1", which has too few letters to count). */
const ABBREVIATION = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9&]*[A-Z0-9](?![\p{L}\p{N}])/gu;

function isAbbreviation(term: string): boolean {
  return /^[a-z]?[A-Z0-9&]+$/.test(term) && /[A-Z].*[A-Z]/.test(term);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Abbreviations are matched exactly; other terms also with a capital first letter ("Kinship care"). */
function termPattern(term: string): string {
  if (isAbbreviation(term)) return escapeRegExp(term);
  const first = term.charAt(0);
  const rest = escapeRegExp(term.slice(1)).replace(/ /g, '\\s+');
  const cases = [...new Set([first.toLowerCase(), first.toUpperCase()])].map((letter) => letter.replace(/[\\\]^-]/g, '\\$&')).join('');
  return `[${cases}]${rest}`;
}


/** Elements whose text is left alone: links (a link inside a link is not allowed), the page's title, code, forms, navigation. */
const SKIP = new Set(['a', 'abbr', 'h1', 'code', 'pre', 'script', 'style', 'button', 'label', 'select', 'option', 'textarea', 'summary', 'svg', 'nav', 'title', 'caption', 'dt']);
/** Cards are one big link (the Design System stretches it over the card), so a link inside one could not be used. */
const SKIP_CLASSES = ['ds_category-item'];
function hasSkippedClass(classAttribute: string): boolean {
  return SKIP_CLASSES.some((skipped) => classAttribute.includes(skipped) && classAttribute.split(/\s+/).includes(skipped));
}
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * How a use of a term is written out. In running text the expansion is shown; in a heading, where it
 * would clutter, the abbreviation links to the glossary and its expansion is read out but not shown.
 * `around` is the text near it, to spot an expansion the author already gave.
 */
function explanation(entry: GlossaryEntry, matched: string, around: string, glossaryHref: string, inHeading: boolean, inBrackets = false): string {
  const href = escapeHtml(`${glossaryHref}#${entry.id}`);
  if (!entry.expansion) return `<a class="ps_term" href="${href}">${matched}</a>`;
  const expansion = escapeHtml(entry.expansion);
  const abbr = `<abbr title="${expansion}">${matched}</abbr>`;
  const alreadyExpanded = around.toLowerCase().replace(/\s+/g, ' ').includes(entry.expansion.toLowerCase());
  if (alreadyExpanded) return `<a class="ps_term" href="${href}">${abbr}</a>`;
  if (inHeading) return `<a class="ps_term" href="${href}">${abbr}<span class="visually-hidden"> (${expansion})</span></a>`;
  // Already in brackets, "(RAG)": "(RAG: Red, amber, green)", not "(RAG (Red, amber, green))".
  if (inBrackets) return `${abbr}<span class="ps_term">: <a href="${href}">${expansion}</a></span>`;
  return `${abbr} <span class="ps_term">(<a href="${href}">${expansion}</a>)</span>`;
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** A character no term contains: stands in for an entity this module does not decode, so no term matches inside it. */
const OPAQUE = '\ufffc';

/**
 * Text from a page's HTML as readers see it, with a map back: `start(i)` and `end(i)` are where
 * character i of the decoded text starts and ends in the HTML.
 */
export function decodeText(raw: string): { value: string; start(index: number): number; end(index: number): number } {
  if (!raw.includes('&')) return { value: raw, start: (index) => index, end: (index) => index + 1 };
  let value = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const entity = /&(?:#(\d+)|#x([0-9a-f]+)|([a-z][a-z0-9]*));/giy;
  for (let index = 0; index < raw.length; ) {
    entity.lastIndex = index;
    const match = raw[index] === '&' ? entity.exec(raw) : null;
    const code = match?.[1] ? Number(match[1]) : match?.[2] ? parseInt(match[2], 16) : undefined;
    const character = !match ? raw[index]! : code !== undefined ? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : OPAQUE) : (NAMED_ENTITIES[match[3]!.toLowerCase()] ?? OPAQUE);
    const next = match ? index + match[0].length : index + 1;
    for (let unit = 0; unit < character.length; unit++) {
      starts.push(index);
      ends.push(next);
    }
    value += character;
    index = next;
  }
  return { value, start: (index) => starts[index]!, end: (index) => ends[index]! };
}

/** The glossary compiled once for all pages: one pattern that finds any term, and a lookup from match to entry. */
export interface CompiledGlossary {
  pattern: RegExp;
  /** Finds text that might hold a term: quick to run, so the full pattern runs only where it can match. */
  candidate: RegExp;
  lookup(matched: string): GlossaryEntry | undefined;
}

export function compileGlossary(glossary: GlossaryEntry[]): CompiledGlossary | undefined {
  if (glossary.length === 0) return undefined;
  const byTerm = new Map<string, GlossaryEntry>();
  for (const entry of glossary) byTerm.set(isAbbreviation(entry.term) ? entry.term : entry.term.toLowerCase(), entry);
  // Longer terms first, so "Tier 2 provision" wins over "Tier 2".
  const terms = [...glossary].sort((a, b) => b.term.length - a.term.length).map((entry) => termPattern(entry.term));
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    // Without the word-boundary checks (which need Unicode mode) the engine scans many times faster.
    candidate: new RegExp(terms.join('|')),
    lookup: (matched) => byTerm.get(matched) ?? byTerm.get(matched.toLowerCase().replace(/\s+/g, ' ')),
  };
}

/**
 * A page rewrite (see html-rewrite.ts) that explains the first use of each glossary term inside the
 * page's `<main>`. Text in links, the page title, navigation and the like is skipped.
 */
export function jargonVisitor(glossary: CompiledGlossary, glossaryHref: string): Visitor {
  // Running text explains a term once per page; headings link it once, and running text still explains it.
  const explained = new Set<string>();
  const linkedInHeading = new Set<string>();
  const open: Array<{ name: string; skip: boolean }> = [];
  let inMain = 0;
  let inHeading = 0;
  let skipping = 0;
  return {
    mightEdit: (html) => glossary.candidate.test(html),
    onopentag(name, attributes) {
      if (VOID.has(name)) return;
      const skip = SKIP.has(name) || (attributes.class !== undefined && hasSkippedClass(attributes.class));
      open.push({ name, skip });
      if (name === 'main') inMain++;
      if (HEADINGS.has(name)) inHeading++;
      if (skip) skipping++;
    },
    onclosetag(name) {
      if (VOID.has(name)) return;
      let index = open.length - 1;
      while (index >= 0 && open[index]!.name !== name) index--;
      if (index === -1) return;
      for (const closed of open.splice(index)) {
        if (closed.name === 'main') inMain--;
        if (HEADINGS.has(closed.name)) inHeading--;
        if (closed.skip) skipping--;
      }
    },
    ontext({ start, end, html, edit }) {
      if (inMain === 0 || skipping > 0) return;
      const raw = html.slice(start, end + 1);
      // Terms are found in the text as readers see it ("A&E", not "A&amp;E"), and never inside an entity.
      const text = decodeText(raw);
      if (!glossary.candidate.test(text.value)) return;
      let rewritten = '';
      let last = 0;
      for (const match of text.value.matchAll(glossary.pattern)) {
        const entry = glossary.lookup(match[0]);
        const done = inHeading > 0 ? explained.has(entry?.id ?? '') || linkedInHeading.has(entry?.id ?? '') : explained.has(entry?.id ?? '');
        if (!entry || done) continue;
        (inHeading > 0 ? linkedInHeading : explained).add(entry.id);
        const from = text.start(match.index);
        const to = text.end(match.index + match[0].length - 1);
        const around = text.value.slice(Math.max(0, match.index - 120), match.index + match[0].length + 120);
        const inBrackets = text.value[match.index - 1] === '(' && text.value[match.index + match[0].length] === ')';
        rewritten += raw.slice(last, from) + explanation(entry, raw.slice(from, to), around, glossaryHref, inHeading > 0, inBrackets);
        last = to;
      }
      if (last > 0) edit(start, end + 1, rewritten + raw.slice(last));
    },
  };
}

/** Explains the first use of each glossary term in the page's `<main>`, leaving everything else as it was. */
export function explainJargon(html: string, glossary: GlossaryEntry[], glossaryHref: string): string {
  const compiled = compileGlossary(glossary);
  return compiled ? rewriteHtml(html, [jargonVisitor(compiled, glossaryHref)]) : html;
}

/** Abbreviations in a text that the glossary does not explain, each with the line it is first on. */
export function unexplainedAbbreviations(text: string, known: Set<string>): Array<{ word: string; line: number }> {
  const found = new Map<string, number>();
  const withoutAddresses = text.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+/g, (address) => address.replace(/\S/g, ' '));
  withoutAddresses.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(ABBREVIATION)) {
      const word = match[0];
      const letters = word.replace(/[^A-Z]/g, '').length;
      if (letters >= 2 && !known.has(word) && !found.has(word)) found.set(word, index + 1);
    }
  });
  return [...found].map(([word, line]) => ({ word, line }));
}
