import type { RSSFeedItem } from '@astrojs/rss';
import { splitPartId } from '../lib/entry-id';
import { reportRef } from '../lib/progress';
import { capitalise } from '../lib/format';
import { escapeHtml } from '../lib/html-text';
import { pageHref } from '../lib/url';
import type { Site } from './index';

/** Where a plan's feed, or the whole site's, is published. */
export function feedHref(planId?: string): string {
  return pageHref(planId ? `${planId}/feed.xml` : 'feed.xml').replace(/\/$/, '');
}

/**
 * A feed item's description, as plain text. Feed readers show a description as HTML, so text from the
 * content is escaped for HTML here (and again for XML by the feed writer): a `<a>` typed in a
 * commentary shows as those characters, never as a link.
 */
function plainDescription(text: string): string {
  return escapeHtml(text);
}

/** Commentary as written may end without a full stop; the feed joins it with other sentences. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * A plan's reports and the updates they make to actions and outcomes, newest first.
 * An update is dated by the end of the period its report covers; a report by its publication date when stated.
 */
export function feedItems(site: Site, siteUrl: URL, planId?: string): RSSFeedItem[] {
  const absolute = (href: string) => new URL(href, siteUrl).href;
  const plans = planId ? [site.planById.get(planId)!] : site.plans;
  const groups: Array<{ date: string; reportId: string; items: RSSFeedItem[] }> = [];
  for (const plan of plans) {
    for (const report of site.reportsByPlan.get(plan.id) ?? []) {
      const ref = reportRef(report);
      const date = report.data.published?.start ?? ref.periodEnd;
      const planLabel = planId ? '' : `${plan.data.shortTitle}: `;
      const updateAnchor = `#update-${splitPartId(report.id).slug}`;
      const { data } = report;
      const items: RSSFeedItem[] = [];
      groups.push({ date, reportId: report.id, items });
      items.push({
        title: `${planLabel}${data.title}`,
        link: absolute(pageHref(report.id)),
        pubDate: new Date(`${date}T00:00:00Z`),
        description: plainDescription(
          `Progress report covering ${data.period.label}. ` +
          `Overall status: delivery plan actions ${data.overallStatus.actions}, progress measures ${data.overallStatus.measures}.` +
          (data.actions.length > 0 ? ` Updates ${data.actions.length} ${data.actions.length === 1 ? 'action' : 'actions'}.` : '') +
            (data.figures.length > 0 ? ` Adds ${data.figures.length} new ${data.figures.length === 1 ? 'figure' : 'figures'}.` : ''),
        ),
      });
      data.actions.forEach((update) => {
        const action = site.actionById.get(`${plan.id}/actions/${update.action}`)!;
        items.push({
          title: `${planLabel}Action update: ${action.data.title}`,
          link: absolute(`${pageHref(action.id)}${updateAnchor}`),
          pubDate: new Date(`${ref.periodEnd}T00:00:00Z`),
          description: plainDescription([update.status && `Status: ${capitalise(update.status)}.`, update.commentary && asSentence(update.commentary), `From ${data.title}.`].filter(Boolean).join(' ')),
        });
      });
      data.outcomes.forEach((section) => {
        if (!section.commentary && section.ragStatus === 'not stated') return;
        const outcome = site.outcomeById.get(`${plan.id}/outcomes/${section.outcome}`)!;
        items.push({
          title: `${planLabel}Outcome update: ${outcome.data.title}`,
          link: absolute(`${pageHref(outcome.id)}${updateAnchor}`),
          pubDate: new Date(`${ref.periodEnd}T00:00:00Z`),
          description: plainDescription([`RAG status: ${capitalise(section.ragStatus)}.`, section.commentary && asSentence(section.commentary), `From ${data.title}.`].filter(Boolean).join(' ')),
        });
      });
    }
  }
  // Newest report first, each followed by its updates in the order the report gives them.
  groups.sort((a, b) => b.date.localeCompare(a.date) || b.reportId.localeCompare(a.reportId));
  return groups.flatMap((group) => group.items);
}
