import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { HtmlValidate, type ConfigData } from 'html-validate';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

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
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  })()`);
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
