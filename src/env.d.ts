declare namespace App {
  interface Locals {
    /** Set by the report layout, so <OutcomeProgress> in a report's MDX knows which report it is in. */
    reportId?: string;
    /** Set by the annual report layout, whose reports' MDX bodies all belong to this plan. */
    annualReportPlanId?: string;
  }
}
