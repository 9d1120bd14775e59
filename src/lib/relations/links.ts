/**
 * Links that cross the plan tree: pages in other plans an item contributes to (never itself), themes
 * that tag items, charts placed in MDX pages, and the plans the "For young people" page names.
 */
import type { Action, Measure, Outcome, Plan, Priority } from '../../schemas';
import { addToGroup } from '../group';
import { closestId } from '../suggest';
import type { Entry, MeasureOwner, SeriesFile } from '../relations';
import { listOfIds, type IndexContext } from './context';

export interface LinkIndex {
  contributesTo: Map<string, string[]>;
  contributedBy: Map<string, string[]>;
  taggedWith: Map<string, string[]>;
}

function indexContributions({ content, priorityById, outcomeById, problems }: IndexContext): Pick<LinkIndex, 'contributesTo' | 'contributedBy'> {
  const contributesTo = new Map<string, string[]>();
  const contributedBy = new Map<string, string[]>();
  const linkable: Array<Entry<Priority> | Entry<Outcome> | Entry<Action>> = [...content.priorities, ...content.outcomes, ...content.actions];
  for (const entry of linkable) {
    entry.data.contributesTo.forEach((target, position) => {
      const field = `contributesTo[${position}]`;
      if (target === entry.id) {
        problems.push({ file: entry.filePath, field, message: `"${target}" is this page itself. List the pages in other plans that it delivers, or remove this line.` });
        return;
      }
      if (!priorityById.has(target) && !outcomeById.has(target)) {
        problems.push({ file: entry.filePath, field, message: `there is no page "${target}". Write the path of a priority or outcome page as in its web address, like "city-loip/outcomes/safe-streets".` });
        return;
      }
      addToGroup(contributesTo, entry.id, target);
      addToGroup(contributedBy, target, entry.id);
    });
  }
  return { contributesTo, contributedBy };
}

function indexThemes({ content, themeById, problems }: IndexContext): Map<string, string[]> {
  const taggedWith = new Map<string, string[]>();
  const tagged: Array<Entry<Plan> | MeasureOwner | Entry<Measure>> = [...content.plans, ...content.priorities, ...content.outcomes, ...content.actions, ...content.measures];
  for (const entry of tagged) {
    entry.data.themes.forEach((theme, position) => {
      if (!themeById.has(theme)) {
        problems.push({
          file: entry.filePath,
          field: `themes[${position}]`,
          message: `there is no theme called "${theme}". Check the spelling, or add content/themes/${theme}.yaml. The themes are: ${listOfIds([...themeById.keys()].sort(), 40)}.`,
        });
        return;
      }
      addToGroup(taggedWith, theme, entry.id);
    });
  }
  return taggedWith;
}

/** Every `<MeasureChart measure="…">` names a measure that has figures to chart. */
function checkEmbeds({ content, measureById, problems }: IndexContext, seriesByMeasure: Map<string, Entry<SeriesFile>>): void {
  for (const embed of content.embeds ?? []) {
    if (seriesByMeasure.has(embed.measure)) continue;
    problems.push({
      file: embed.filePath,
      line: embed.line,
      field: 'MeasureChart',
      message: measureById.has(embed.measure)
        ? `the measure "${embed.measure}" has no figures yet, so there is no chart to show. Add its CSV file first, or remove the chart.`
        : `there is no measure "${embed.measure}". Write the measure's address without slashes at the ends, like "city-loip/measures/school-leavers-positive-destinations".`,
    });
  }
}

function checkYoungPeoplePlans({ content, planById, themeById, problems }: IndexContext): void {
  const youngPeople = content.youngPeople;
  if (!youngPeople) return;
  const planFields = [
    ...youngPeople.data.haveASay.map((entry, position) => ({ field: `haveASay[${position}].plan`, plan: entry.plan })),
    ...youngPeople.data.rights.map((entry, position) => ({ field: `rights[${position}].plan`, plan: entry.plan })),
  ];
  for (const { field, plan } of planFields) {
    if (planById.has(plan)) continue;
    const suggestion = closestId(plan, [...planById.keys()]);
    problems.push({
      file: youngPeople.filePath,
      field,
      message: `there is no plan called "${plan}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Write the name of a plan's folder in content/: ${listOfIds([...planById.keys()].sort())}.`,
    });
  }
  youngPeople.data.seeAlso.forEach(({ theme }, position) => {
    if (!theme || themeById.has(theme)) return;
    const suggestion = closestId(theme, [...themeById.keys()]);
    problems.push({
      file: youngPeople.filePath,
      field: `seeAlso[${position}].theme`,
      message: `there is no theme called "${theme}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Write the name of a file in content/themes/ without ".yaml", or leave \`theme\` out to link to the list of themes.`,
    });
  });
}

export function indexLinks(context: IndexContext, seriesByMeasure: Map<string, Entry<SeriesFile>>): LinkIndex {
  checkEmbeds(context, seriesByMeasure);
  checkYoungPeoplePlans(context);
  return { ...indexContributions(context), taggedWith: indexThemes(context) };
}
