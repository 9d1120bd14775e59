/**
 * Jargon explained where it appears. Every glossary term a page uses is explained once, where a reader
 * first meets it, as an explanation readers can see, hear and reach by keyboard. In running text an
 * abbreviation keeps its `<abbr>` and is followed by its expansion, linked to the glossary entry; a term
 * without an expansion links to it. Where the first use must stay as written (a heading, a link, a card:
 * see jargon-places.ts), a note straight after that block explains it instead.
 * A check finds abbreviations the glossary does not explain yet.
 */
import { rewriteHtml, type RewriteContext, type Visitor } from './html-rewrite';
import { capitalise } from './format';
import { escapeHtml } from './html-text';
import { noteList, openElement, type OpenElement } from './jargon-places';

export interface GlossaryEntry {
  /** The glossary entry's id: its anchor on the glossary page. */
  id: string;
  term: string;
  expansion?: string;
  /** What it means in plain words: a note gives it for a term that has no expansion. */
  explanation?: string;
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


const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function writtenOut(entry: GlossaryEntry, around: string): boolean {
  return entry.expansion !== undefined && around.toLowerCase().replace(/\s+/g, ' ').includes(entry.expansion.toLowerCase());
}

/**
 * How a use of a term in running text is written out. `around` is the text near it, to spot an
 * expansion the author already gave.
 */
function explanation(entry: GlossaryEntry, matched: string, around: string, glossaryHref: string, inBrackets: boolean): string {
  const href = escapeHtml(`${glossaryHref}#${entry.id}`);
  if (!entry.expansion) return `<a class="ps_term" href="${href}">${matched}</a>`;
  const expansion = escapeHtml(entry.expansion);
  const abbr = `<abbr title="${expansion}">${matched}</abbr>`;
  if (writtenOut(entry, around)) return `<a class="ps_term" href="${href}">${abbr}</a>`;
  // Already in brackets, "(RAG)": "(RAG: Red, amber, green)", not "(RAG (Red, amber, green))".
  if (inBrackets) return `${abbr}<span class="ps_term">: <a href="${href}">${expansion}</a></span>`;
  return `${abbr} <span class="ps_term">(<a href="${href}">${expansion}</a>)</span>`;
}

/** The full stop a sentence ending in `text` still needs. */
function fullStop(text: string): string {
  return /[.!?]$/.test(text) ? '' : '.';
}

/**
 * A note for terms first met where nothing may be added, written as secondary text: "NHS: National
 * Health Service." with the expansion linked, or, for a term with no expansion, the term linked
 * and followed by its plain explanation.
 */
export function termNote(entries: GlossaryEntry[], glossaryHref: string): string {
  const parts = entries.map((entry) => {
    const href = escapeHtml(`${glossaryHref}#${entry.id}`);
    const term = escapeHtml(isAbbreviation(entry.term) ? entry.term : capitalise(entry.term));
    if (entry.expansion) return `<abbr title="${escapeHtml(entry.expansion)}">${term}</abbr>: <a href="${href}">${escapeHtml(entry.expansion)}</a>${fullStop(entry.expansion)}`;
    const meaning = entry.explanation?.trim();
    if (meaning) return `<a href="${href}">${term}</a>: ${escapeHtml(meaning)}${fullStop(meaning)}`;
    return `<a href="${href}">${term}</a> is explained in the glossary.`;
  });
  // Kept out of the search index: the glossary page is what search finds for a term, and a word in an
  // explanation ("kinship" in "Care experienced") must not make every page that explains it match.
  return `<p class="ps_item-meta ps_term" data-pagefind-ignore>${parts.join(' ')}</p>`;
}

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

/** Writes the notes an element collected, as it closes: at the end of it, and straight after it. */
function writeNotes(closed: OpenElement, { start, end, edit }: RewriteContext, implied: boolean, glossaryHref: string): void {
  if (closed.notesAtEnd.length > 0) edit(start, start, termNote(closed.notesAtEnd, glossaryHref));
  // Ended by its own end tag, the note goes after that tag; ended by another tag, before it.
  const after = implied ? start : end + 1;
  if (closed.notesAfter.length > 0) edit(after, after, termNote(closed.notesAfter, glossaryHref));
}

/**
 * A page rewrite (see html-rewrite.ts) that explains each glossary term once inside the page's `<main>`,
 * where it is first met: beside it in running text, or in a note after the block that holds it.
 */
export function jargonVisitor(glossary: CompiledGlossary, glossaryHref: string): Visitor {
  // Terms explained, or waiting in a note not yet written (running text before the note explains them instead).
  const explained = new Set<string>();
  const waiting = new Map<string, GlossaryEntry[]>();
  const open: OpenElement[] = [];
  let inMain = 0;

  /** A term first met in text that must stay as written: explained by a note, unless the text beside it writes it out. */
  function plainUse(entry: GlossaryEntry, beside: string): void {
    const spelledOut = writtenOut(entry, beside);
    const note = spelledOut ? undefined : noteList(open);
    if (note) {
      note.push(entry);
      waiting.set(entry.id, note);
    }
    if (note || spelledOut) explained.add(entry.id);
  }

  /** A use in running text: true if it is the one to explain here. */
  function runningUse(entry: GlossaryEntry): boolean {
    const note = waiting.get(entry.id);
    if (note) {
      note.splice(note.findIndex((noted) => noted.id === entry.id), 1);
      waiting.delete(entry.id);
      return true;
    }
    if (explained.has(entry.id)) return false;
    explained.add(entry.id);
    return true;
  }

  return {
    mightEdit: (html) => glossary.candidate.test(html),
    onopentag(name, attributes) {
      if (VOID.has(name)) return;
      open.push(openElement(name, attributes, open.at(-1)));
      if (name === 'main') inMain++;
    },
    onclosetag(name, context, implied) {
      if (VOID.has(name)) return;
      let index = open.length - 1;
      while (index >= 0 && open[index]!.name !== name) index--;
      if (index === -1) return;
      // Elements the parser did not report closing end where this one does: before its end tag.
      for (const closed of open.splice(index).reverse()) {
        if (closed.name === 'main') inMain--;
        writeNotes(closed, context, implied || closed.name !== name, glossaryHref);
        for (const entry of [...closed.notesAtEnd, ...closed.notesAfter]) waiting.delete(entry.id);
      }
    },
    ontext({ start, end, html, edit }) {
      const reading = open.at(-1)?.reading ?? 'running';
      if (inMain === 0 || reading === 'unread') return;
      const raw = html.slice(start, end + 1);
      // Terms are found in the text as readers see it ("A&E", not "A&amp;E"), and never inside an entity.
      const text = decodeText(raw);
      if (!glossary.candidate.test(text.value)) return;
      let rewritten = '';
      let last = 0;
      for (const match of text.value.matchAll(glossary.pattern)) {
        const entry = glossary.lookup(match[0]);
        if (!entry || (reading === 'plain' && explained.has(entry.id))) continue;
        if (reading === 'plain') {
          // Only an expansion written right beside the term explains it: "National Health Service (NHS)".
          const reach = (entry.expansion?.length ?? 0) + 3;
          plainUse(entry, text.value.slice(Math.max(0, match.index - reach), match.index + match[0].length + reach));
          continue;
        }
        if (!runningUse(entry)) continue;
        const around = text.value.slice(Math.max(0, match.index - 120), match.index + match[0].length + 120);
        const from = text.start(match.index);
        const to = text.end(match.index + match[0].length - 1);
        const inBrackets = text.value[match.index - 1] === '(' && text.value[match.index + match[0].length] === ')';
        rewritten += raw.slice(last, from) + explanation(entry, raw.slice(from, to), around, glossaryHref, inBrackets);
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
