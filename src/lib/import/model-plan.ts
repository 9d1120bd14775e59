/**
 * The plan's own details: from a sheet of labels and values ("Plan title", "Partnership"), from the
 * command (--plan-title, --plan-kind …), and from a Word document's paragraphs before its tables:
 * its first heading is the title; the paragraphs under a "Vision" heading its vision; the list under
 * "Principles" its principles; the rest its introduction. Paragraphs after the tables are listed as
 * not placed.
 */
import type { Paragraph } from './grid';
import type { Layout } from './layout';
import { splitNumbering } from './numbering';
import type { ModelPlan, PlanModel } from './plan-model';
import { normaliseHeader } from './synonyms';
import { planKinds } from '../../schemas/plan';

export type PlanOptions = Partial<Pick<ModelPlan, 'title' | 'shortTitle' | 'kind' | 'partnership' | 'area' | 'period'>>;

/** "Local Outcomes Improvement Plan", "LOIP", "CSP" → the plan kind's id. */
export function planKindNamed(text: string): string | undefined {
  const word = normaliseHeader(text);
  const shortNames: Record<string, string> = { loip: 'local-outcomes-improvement-plan', csp: 'childrens-services-plan', 'childrens services plan': 'childrens-services-plan' };
  return shortNames[word] ?? Object.entries(planKinds).find(([id, name]) => normaliseHeader(name) === word || normaliseHeader(id) === word)?.[0];
}

const isHeading = (paragraph: Paragraph, name: RegExp) => paragraph.heading !== undefined && name.test(paragraph.text.trim());

/** The paragraphs before the first table, in the sections their headings name. */
function fromParagraphs(paragraphs: Paragraph[], unplaced: PlanModel['unplaced']): Partial<ModelPlan> {
  const details: Partial<ModelPlan> = {};
  const firstTable = paragraphs.findIndex((paragraph) => paragraph.beforeTable !== undefined);
  const before = firstTable < 0 ? paragraphs : paragraphs.slice(0, firstTable + 1);
  let section: 'introduction' | 'vision' | 'principles' | 'other' = 'introduction';
  for (const paragraph of before) {
    if (paragraph.heading !== undefined) {
      if (!details.title && paragraph.heading === 1) details.title = paragraph.text;
      else if (isHeading(paragraph, /^(our\s+)?vision$/i)) section = 'vision';
      else if (isHeading(paragraph, /principles|approaches|values/i)) section = 'principles';
      else if (/^\s*priority\b/i.test(paragraph.text)) section = 'other';
      else if (details.title) section = 'introduction';
      continue;
    }
    if (section === 'vision') details.vision = details.vision ? `${details.vision} ${paragraph.text}` : paragraph.text;
    else if (section === 'principles' && paragraph.listItem) {
      const [name, ...rest] = paragraph.text.split('\n');
      details.principles ??= [{ title: 'Principles', principles: [] }];
      details.principles[0]!.principles.push({ title: splitNumbering(name!).title, ...(rest.join(' ').trim() ? { text: rest.join(' ').trim() } : {}) });
    } else if (section === 'introduction' || section === 'principles') (details.introduction ??= []).push(paragraph.text);
    else unplaced.push({ at: 'the document, under a priority’s heading', text: paragraph.text, why: 'text about one priority has no place in the plan’s introduction; add it to the priority’s page by hand if it is needed' });
  }
  const afterTables = firstTable < 0 ? [] : paragraphs.slice(firstTable + 1).filter((paragraph) => !paragraph.heading && paragraph.beforeTable === undefined);
  for (const paragraph of afterTables) unplaced.push({ at: 'the document, after the first table', text: paragraph.text, why: 'text between or after the action-plan tables has no place in the plan’s pages; add it to a page by hand if it is needed' });
  return details;
}

export function planDetails(planId: string, layout: Layout, options: PlanOptions, unplaced: PlanModel['unplaced']): ModelPlan {
  const sheet = Object.fromEntries(Object.entries(layout.plan).map(([field, cell]) => [field, cell!.text]));
  const kindText = options.kind ?? sheet.kind;
  const words = fromParagraphs(layout.paragraphs, unplaced);
  const plan: ModelPlan = { id: planId, ...words, ...sheet, ...Object.fromEntries(Object.entries(options).filter(([, value]) => value)) };
  if (kindText) plan.kind = planKindNamed(kindText) ?? kindText;
  return plan;
}
