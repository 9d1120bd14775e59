export { planSchema, planKinds, type Plan } from './plan';
export { prioritySchema, type Priority } from './priority';
export { outcomeSchema, type Outcome } from './outcome';
export { actionSchema, priorityRatings, type Action } from './action';
export { measureSchema, seriesRowSchema, seriesFileSchema, measureKinds, betterDirections, units, seriesFlags, type Measure, type SeriesRow, type Unit } from './measure';
export { reportSchema, type Report } from './report';
export { themeSchema, type Theme } from './theme';
export { glossaryTermSchema, type GlossaryTerm } from './glossary';
export { siteSettingsSchema, type SiteSettings } from './site';
export type { Contact } from './shared';
export { searchWordsSchema, type SearchWords } from './search-words';
export { youngPeoplePageSchema, type YoungPeoplePage } from './young-people';
export { healthCheckSchema, HEALTH_CHECKS, type HealthCheck, type HealthCriterion, type HealthCheckName } from './health-check';
export {
  SCOTLAND,
  comparisonDirections,
  comparisonSchema,
  comparisonSourceSchema,
  comparisonIndicatorSchema,
  councilSchema,
  councilRowSchema,
  figureRowSchema,
  indicatorRowSchema,
  indicatorEntrySchema,
  indicatorEntriesSchema,
  ruralities,
  yearLabel,
  type Comparison,
  type ComparisonDirection,
  type ComparisonFigure,
  type ComparisonIndicator,
  type ComparisonSource,
  type Council,
  type FigureRow,
  type IndicatorEntries,
  type IndicatorRow,
} from './comparison';
