export { planSchema, planKinds, type Plan } from './plan';
export { prioritySchema, type Priority } from './priority';
export { outcomeSchema, type Outcome } from './outcome';
export { actionSchema, priorityRatings, type Action } from './action';
export { measureSchema, seriesRowSchema, seriesFileSchema, measureKinds, betterDirections, units, seriesFlags, type Measure, type SeriesRow, type Unit } from './measure';
export { reportSchema, type Report } from './report';
export { themeSchema, type Theme } from './theme';
export { glossaryTermSchema, type GlossaryTerm } from './glossary';
export { siteSettingsSchema, type SiteSettings } from './site';
