/** The parts of the year's reports the annual report gathers: risks, next steps, change requests, delivery plan completion. */
import type { Report } from '../../schemas';
import type { Entry } from '../relations';

export interface RiskOverYear {
  /** As the first report that raised it words it. */
  risk: string;
  /** The newest mitigation given; undefined when no report gives one ("not stated"). */
  mitigation?: string;
  /** Different mitigations given by earlier reports, oldest first. */
  earlierMitigations: string[];
  /** Period labels of every report that raised it, oldest first. */
  raisedIn: string[];
}

export type NextStep = Report['nextSteps'][number];

/** Risks are the same risk when their words are, whatever the spacing and line breaks. */
const riskKey = (risk: string) => risk.replace(/\s+/g, ' ').trim();

/** `reports` oldest first; a risk repeated in later reports appears once, where it was first raised. */
export function risksOverYear(reports: Entry<Report>[]): RiskOverYear[] {
  const risks = new Map<string, RiskOverYear & { mitigations: string[] }>();
  for (const report of reports) {
    for (const { risk, mitigation } of report.data.risks) {
      const key = riskKey(risk);
      const entry = risks.get(key) ?? { risk, earlierMitigations: [], raisedIn: [], mitigations: [] };
      if (!entry.raisedIn.includes(report.data.period.label)) entry.raisedIn.push(report.data.period.label);
      if (mitigation && entry.mitigations.at(-1) !== mitigation) entry.mitigations.push(mitigation);
      risks.set(key, entry);
    }
  }
  return [...risks.values()].map(({ mitigations, ...risk }) => ({
    ...risk,
    mitigation: mitigations.at(-1),
    earlierMitigations: [...new Set(mitigations.slice(0, -1))].filter((earlier) => earlier !== mitigations.at(-1)),
  }));
}

/** The forward look: the next steps of the year's latest report (the last of `reports`, oldest first). */
export function nextStepsOfYear(reports: Entry<Report>[]): { periodLabel: string; steps: NextStep[] } | undefined {
  const latest = reports.at(-1);
  return latest && { periodLabel: latest.data.period.label, steps: latest.data.nextSteps };
}

export function changeRequestsOfYear(reports: Entry<Report>[]): Array<{ periodLabel: string; changeRequests: string }> {
  return reports.flatMap((report) => (report.data.changeRequests ? [{ periodLabel: report.data.period.label, changeRequests: report.data.changeRequests }] : []));
}

/** % of the year's delivery plan completed, as each report gives it. */
export function deliveryPlanCompletionOfYear(reports: Entry<Report>[]): Array<{ periodLabel: string; percent: number }> {
  return reports.flatMap((report) =>
    report.data.deliveryPlanCompletion === undefined ? [] : [{ periodLabel: report.data.period.label, percent: report.data.deliveryPlanCompletion }],
  );
}
