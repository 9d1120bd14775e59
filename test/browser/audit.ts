import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { HtmlValidate, type ConfigData } from 'html-validate';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// The browser build declares `var ace`; an init script runs in its own scope, so the page is given it.
const ibmCheckerSource = `${readFileSync(require.resolve('accessibility-checker-engine/ace-window.js'), 'utf8')}\n;window.ace = ace;`;

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what UK public-sector websites must meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Makes axe-core available in every page the context opens, before the page's own scripts run. */
export async function addAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/** Records every Content-Security-Policy violation on the context's pages, for cspViolations() to read. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code') + ' at line ' + event.lineNumber);
      });`,
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate('window.__cspViolations ?? []') as Promise<string[]>;
}

/** Runs axe-core (added with addAxe) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(`(async () => {
    // resultTypes only spares axe listing every node that passed: the violations are the same.
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  })()`);
}

/** Makes IBM's Equal Access checker (accessibility-checker-engine) available in every page the context opens. */
export async function addIbmChecker(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: ibmCheckerSource });
}

export interface IbmResult {
  rule: string;
  reason: string;
  /** "FAIL" is a violation; "POTENTIAL" and "MANUAL" ask a person to confirm something. */
  level: 'FAIL' | 'POTENTIAL' | 'MANUAL';
  path: string;
  message: string;
}

/**
 * What IBM's checker asks a person to confirm on these pages, confirmed, with the reason each is not a
 * failure here. A rule not listed fails the audit, so anything new is looked at by a person first.
 * (Its definite violations have no exceptions.)
 */
export const IBM_CONFIRMED: Record<string, string> = {
  style_color_misuse: 'Colour never carries meaning alone: every status is a word with an icon (test/build/site.test.ts), and links are underlined.',
  style_highcontrast_visible: 'Forced colours (Windows contrast themes) are tested: the chart redraws in system colours and keeps a focus ring (test/browser/measure-chart.test.ts).',
  style_focus_visible: "Focus is the Design System's yellow background with a black underline, which the checker cannot read from CSS; every tab stop on a journey is tested to look different when focused (test/browser/keyboard.test.ts), and the chart's ring by its pixels.",
  element_tabbable_unobscured: 'The only fixed element is "Hide this page", which is tested to cover no text or focused link at 375 and 1280 pixels (test/browser/hide-this-page.test.ts).',
  text_sensory_misuse: 'The words it asks about ("top", "right", "big", "small") are the plans\' own ("children\'s rights", "back to top"), not instructions that depend on where something is.',
  text_block_heading: 'The plan\'s name above its menu and the search box\'s label are labels, not headings; the page\'s headings are h1 to h3 in order (html-validate heading-level).',
  blockquote_cite_exists: 'Quotations are young people\'s words from the plans; the plan they come from is named beside them, and there is no address to cite.',
  heading_markup_misuse: "Card and section headings head the text under them: each names the priority, outcome or action that follows.",
  text_quoted_correctly: 'Text in quotation marks is a title or a name ("Hide this page", a plan\'s title), not a quotation.',
};

/** Runs IBM's checker (added with addIbmChecker) with its IBM_Accessibility rules on the page as it is now. */
export async function ibmResults(page: Page): Promise<IbmResult[]> {
  return page.evaluate(`(async () => {
    const report = await new window.ace.Checker().check(document, ['IBM_Accessibility']);
    return report.results
      .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] !== 'PASS')
      .map((result) => ({ rule: result.ruleId, reason: result.reasonId, level: result.value[1], path: result.path.dom, message: result.message }));
  })()`);
}

/** The results that fail the audit: every definite violation, and any request to confirm that is not in IBM_CONFIRMED. */
export function ibmProblems(results: IbmResult[]): IbmResult[] {
  return results.filter((result) => result.level === 'FAIL' || !(result.rule in IBM_CONFIRMED));
}

/** True when the page is wider than the window: text would need sideways scrolling. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/**
 * html-validate's recommended rules, with heading order added, and these turned off on purpose:
 * - no-trailing-whitespace, no-inline-style: formatting, not validity; Astro's output has both.
 * - long-title: page titles name the page, its kind, its plan and the site ("Outcome: … – Moray
 *   Children's Services Plan 2020–23 – …"), so they are unique and descriptive, and often longer
 *   than the 70 characters a search engine shows.
 * And form-dup-name allows a group of checkboxes to share a name, as HTML does ("What kind of page":
 * each ticked box adds a kind=… to the search's address).
 */
const validatorConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Headings go down one level at a time, as WCAG's structure advice and screen-reader users expect.
    'heading-level': 'error',
    'no-trailing-whitespace': 'off',
    'no-inline-style': 'off',
    'long-title': 'off',
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};

const validator = new HtmlValidate(validatorConfig);

export async function htmlErrors(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) => result.messages.map((message) => `${name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
}
