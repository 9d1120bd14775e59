/** Each outcome's RAG status and commentary in each of the year's reports. */
import type { Outcome, Priority, Report } from '../../schemas';
import type { RagStatus } from '../../schemas/shared';
import { splitPartId } from '../entry-id';
import type { Entry, SiteIndex } from '../relations';
import { outcomesByPriorityOf } from './plan-order';

export interface OutcomeInReport {
  periodLabel: string;
  /** "not stated" both when the report lists the outcome without a RAG and when it does not list it; `listed` tells which. */
  ragStatus: RagStatus;
  /** False when the report does not cover the outcome at all. */
  listed: boolean;
  commentary?: string;
}

export interface OutcomeOverYear {
  outcome: Entry<Outcome>;
  /** One per report of the year, oldest first. */
  reports: OutcomeInReport[];
}

export interface PriorityOverYear {
  priority: Entry<Priority>;
  outcomes: OutcomeOverYear[];
}

function inReport(outcome: Entry<Outcome>, report: Entry<Report>): OutcomeInReport {
  const section = report.data.outcomes.find((candidate) => candidate.outcome === splitPartId(outcome.id).slug);
  const periodLabel = report.data.period.label;
  if (!section) return { periodLabel, ragStatus: 'not stated', listed: false };
  return { periodLabel, ragStatus: section.ragStatus, listed: true, commentary: section.commentary };
}

/** `reports` are the year's reports, oldest first. */
export function outcomesOverYear(site: SiteIndex, planId: string, reports: Entry<Report>[]): PriorityOverYear[] {
  return outcomesByPriorityOf(site, planId).map(({ priority, outcomes }) => ({
    priority,
    outcomes: outcomes.map((outcome) => ({ outcome, reports: reports.map((report) => inReport(outcome, report)) })),
  }));
}
