/**
 * What a document page says about itself that its Word file and PDF repeat: its title (the page's
 * `<h1>`) and the day it was made, from `<time data-document-made datetime="2025-06-30">` (for a report
 * as published, not the day the site happened to be built).
 */
import { Parser } from 'htmlparser2';

export interface DocumentFacts {
  title: string;
  /** "2025-06-30", when the page says. */
  made?: string;
  /** The page's `<html lang>`, when it has one. */
  language?: string;
}

/** A page that cannot become a document as it is; the message names the page and the fix. */
export class DocumentPageError extends Error {
  override name = 'DocumentPageError';
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(day: string): boolean {
  const match = ISO_DAY.exec(day);
  if (!match) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** The page's `<h1>` text (as a reader sees it: entities decoded, spaces collapsed) and its made date. */
export function readDocumentFacts(html: string): { title?: string; made?: string; language?: string } {
  let language: string | undefined;
  let inHeading = 0;
  let headingDone = false;
  let heading = '';
  let made: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html' && attributes.lang?.trim()) language = attributes.lang.trim();
        if (name === 'h1' && !headingDone) inHeading++;
        if (name === 'time' && 'data-document-made' in attributes && made === undefined) made = attributes.datetime ?? '';
      },
      ontext(text) {
        if (inHeading > 0 && !headingDone) heading += text;
      },
      onclosetag(name) {
        if (name === 'h1' && inHeading > 0 && --inHeading === 0) headingDone = true;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const title = heading.replace(/\s+/g, ' ').trim();
  return { title: title === '' ? undefined : title, made, language };
}

/** The facts a document needs, or a DocumentPageError naming the page (its file in dist/) and the fix. */
export function documentFacts(html: string, htmlFile: string): DocumentFacts {
  const { title, made, language } = readDocumentFacts(html);
  if (!title) throw new DocumentPageError(`${htmlFile} has no <h1> with text, which its Word file and PDF take as their title. Give the page a heading.`);
  if (made !== undefined && !isRealDay(made)) {
    throw new DocumentPageError(`${htmlFile}: <time data-document-made> has datetime="${made}", which is not a day. Write it as YYYY-MM-DD, like 2025-06-30.`);
  }
  return { title, ...(made === undefined ? {} : { made }), ...(language === undefined ? {} : { language }) };
}
