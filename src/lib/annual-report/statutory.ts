/**
 * What the law asks an annual report to say, by kind of plan, and what the quarterly reports have no
 * place to record, so the page can say so plainly instead of leaving it out unnoticed.
 */
import type { Plan } from '../../schemas';

export interface StatutoryRequirement {
  /** What the report must say, in plain words. */
  requirement: string;
  reference: string;
}

export const ANNUAL_REPORT_REQUIRED_BY: Record<Plan['kind'], string | undefined> = {
  'childrens-services-plan': 'Children and Young People (Scotland) Act 2014, section 13',
  'local-outcomes-improvement-plan': 'Community Empowerment (Scotland) Act 2015, section 8',
  'service-plan': undefined,
};

/**
 * A children's services plan's report covers services provided under the plan (its actions) and what they
 * achieved (its outcomes and measures), which the reports record. A LOIP's must also cover participation
 * with community bodies, for which a report has no field.
 */
export const NOT_IN_QUARTERLY_REPORTS: Record<Plan['kind'], StatutoryRequirement[]> = {
  'childrens-services-plan': [],
  'local-outcomes-improvement-plan': [
    {
      requirement:
        'How far the community planning partnership took part with community bodies during the reporting year, and whether that helped community bodies contribute to community planning.',
      reference: 'Community Empowerment (Scotland) Act 2015, section 8(2)(b)',
    },
  ],
  'service-plan': [],
};
