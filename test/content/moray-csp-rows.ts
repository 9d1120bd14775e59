/**
 * The Moray Children's Services Plan 2020-23, transcribed by hand from its action-plan tables
 * (../shared/seeds/moray-csp-2020-23-action-plans.txt): for each action (its file name in
 * content/moray-csp-2020-23/actions/), the measures in the same row of the seed's table.
 * An empty action cell continues the action above, so that row's measures are the action above's;
 * a measure cell left empty under a measure that measures the whole improvement aim is read as one
 * merged cell, and that measure is listed on both actions. The judgement calls are in
 * docs/content-decisions.md.
 */
export const MORAY_CSP_ACTION_MEASURES: Record<string, string[]> = {
  // Priority 1 (seed table "PRIORITY 1 : The wellbeing of children and young people is improved":
  // Emotional and mental wellbeing, Physical wellbeing, Herd immunity, Social wellbeing).
  'early-intervention-wellbeing-services': ['improved-school-attainment', 'early-intervention-investment', 'self-reported-mental-wellbeing'],
  'parent-carer-wellbeing-skills': ['confidence-skill-12-months'],
  'peer-led-supports': ['confidence-skill-12-months'],
  'healthy-diet-activity-barriers': ['health-behaviours-weight-evaluation'],
  'community-physical-wellbeing': ['physical-health-survey-questions'],
  'understand-substance-use': ['substance-use-survey-questions'],
  'healthier-relationship-substances': ['substance-use-survey-questions'],
  'reasons-not-immunised': ['immunisation-uptake'],
  'engagement-barriers': ['community-engagement-survey-questions'],
  'provision-gaps-resourcing': ['community-engagement-survey-questions'],
  'understand-social-media-use': ['social-media-baseline'],
  'social-media-concerns-risks': ['social-media-baseline'],
  'parents-social-media-confidence': ['social-media-baseline'],

  // Priority 2 (seed table "PRIORITY: 2 Children and young people are safe and free from harm").
  'bullying-concerns': ['resilience-bullying-survey-questions'],
  'safe-spaces': ['feel-safe-percentage'],
  'resilience-feeling-safe': ['resilience-bullying-interventions'],
  'accidental-injuries-trend': ['reported-injuries'],
  'review-good-practice': ['interventions-and-impact'],
  'raise-awareness-attitudes': ['interventions-and-impact'],
  'supports-for-parents': ['parents-wellbeing-confidence'],
  'workforce-community-development': ['workforce-development-impact'],
  'empower-to-feel-safe': ['feel-safe-after-intervention'],

  // Priority 3 (seed tables under "PRIORITY 3: The impact of poverty on children, young people and
  // families is mitigated": the first table, voices heard to disposable income, then the second, no
  // child disadvantaged by poverty). The disposable income rows follow the content's reading of a
  // table whose rows look shifted: each action keeps the measures of its own row.
  'engagement-model': ['engagement-model-reach'],
  'share-poverty-themes': ['staff-understanding-of-poverty'],
  'poverty-workforce-development': ['poverty-workforce-development'],
  'poverty-action-plan': ['poverty-plan-self-evaluation', 'scottish-government-feedback'],
  'existing-supports-meet-needs': ['existing-supports-evaluation', 'improved-supports-uptake'],
  'early-intervention-gaps': ['early-intervention-supports-available'],
  'financial-support-pathway': ['pathway-in-place'],
  'access-pathway-early': ['families-accessing-pathway', 'pathway-feedback'],
  'pathway-training': ['pathway-training-evaluation', 'pathway-dip-sample'],
  'participatory-budgeting': ['participatory-budgeting-uptake'],
  'locality-supports-evaluation': ['locality-projects-evaluation'],
  'third-sector-relationships': ['third-sector-opportunity'],
  'partnership-solutions': ['partnership-initiatives-value'],
  'equal-access-barriers': [],
  'co-produced-solutions': ['equal-access-survey-questions'],
  'identify-families-needing-support': ['poverty-attainment-levels'],
  'supports-for-progress': ['poverty-attainment-levels'],

  // Priority 4 (seed tables under "PRIORITY: 4 Improved outcomes for looked after and cared
  // experienced young people": the first table, safe homes to children's rights, then the second,
  // justice systems and relationships). Where one cell holds two actions (supported accommodation
  // and transitions; voices heard and rights gaps), both list every measure of that row.
  'foster-carer-range': ['foster-carers-recruited', 'foster-kinship-percentage'],
  'pace-success': ['pace-drift-delay', 'placement-moves'],
  'supported-accommodation': ['supported-accommodation-options', 'tenancies-sustained', 'care-leavers-homeless'],
  'care-leaver-transitions': ['supported-accommodation-options', 'tenancies-sustained', 'care-leavers-homeless'],
  'improve-attainment': ['care-experienced-attainment', 'supports-approaches-evaluation'],
  'wider-achievement': ['wider-achievement-awards'],
  'community-of-schools': ['community-of-schools-evaluation'],
  'attendance-exclusion-policies': ['attendance-exclusions'],
  'transition-support-network': ['post-school-destinations'],
  'skills-pathway-strategy': ['post-school-destinations'],
  'camhs-barriers': ['camhs-dip-sample'],
  'wellbeing-plan-needs': ['wellbeing-priority-measures'],
  'voices-heard-supports': ['rights-strategy-involvement', 'rights-strategy-impact'],
  'rights-provision-gaps': ['rights-strategy-involvement', 'rights-strategy-impact'],
  'first-contact-identification': ['identification-process'],
  'justice-interventions': ['justice-care-experienced-percentage'],
  'maintain-relationships': ['relationships-baseline'],
};
