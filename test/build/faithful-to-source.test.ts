/**
 * The built site says what the seed plans say (issue 21): plan measures are never charted with another
 * statistic, context statistics are counted apart, each action lists the measures of its row, and
 * the structural fixes to the Moray LOIP, the social work plan and Clackmannanshire show on the pages.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRealContent } from '../content/helpers';
import { MORAY_CSP_ACTION_MEASURES } from '../content/moray-csp-rows';
import { buildRealSite, normalise } from './built-site';

const { content, index } = loadRealContent();
let site: ReturnType<typeof buildRealSite>;

beforeAll(() => {
  site = buildRealSite({ env: { PLANSITE_TODAY: '2026-11-23' } });
}, 300_000);
afterAll(() => site?.remove());

const text = (sitePath: string, selector = 'main') => normalise(site.page(sitePath)(selector).text());

test('the site builds', () => {
  expect(site.status, site.output.slice(-3000)).toBe(0);
});

describe('plan measures and published statistics', () => {
  test('no plan measure is charted with figures from a published statistic: those are context statistics', () => {
    const problems: string[] = [];
    for (const measure of content.measures) {
      const fromStatistic = /Benchmarking Framework|LGBF|\bCHN\d/.test(`${measure.data.source?.name ?? ''} ${measure.data.description ?? ''}`);
      const hasFileOfFigures = content.series.some((series) => series.data.measure === measure.id);
      if (hasFileOfFigures && fromStatistic && !measure.data.context) problems.push(`${measure.filePath}: charts a published statistic but is not context: true`);
    }
    expect(problems).toEqual([]);
  });

  test.each(['clackmannanshire-csp-2021-24/measures/child-poverty-reduction', 'moray-loip/measures/cared-for-in-community'])('%s, a plan measure with no published figures, says so and draws no chart', (id) => {
    const $ = site.page(`/${id}/`);
    expect($('main canvas').length).toBe(0);
    expect(text(`/${id}/`)).toContain('No data published yet');
    expect(text(`/${id}/`)).not.toMatch(/Latest:? \d/);
  });

  test('each plan\u2019s dashboard counts its own measures, and the published statistics apart', () => {
    for (const plan of content.plans) {
      const measures = (index.measuresByPlan.get(plan.id) ?? []).filter((measure) => !measure.data.context).length;
      const statistics = (index.measuresByPlan.get(plan.id) ?? []).filter((measure) => measure.data.context).length;
      const dashboard = text(`/${plan.id}/`, '.ps_dashboard');
      expect(dashboard, plan.id).toMatch(new RegExp(`\\b${measures} measures?\\b`));
      if (statistics > 0) expect(dashboard, plan.id).toMatch(new RegExp(`\\b${statistics} published statistics?\\b`));
    }
    // Counted by hand from the seeds.
    expect(text('/moray-csp-2020-23/', '.ps_dashboard')).toMatch(/\b57 measures\b/);
    expect(text('/clackmannanshire-csp-2021-24/', '.ps_dashboard')).toMatch(/\b40 measures\b/);
    expect(text('/moray-social-work-2020-23/', '.ps_dashboard')).toMatch(/\b22 measures\b/);
  });

  test('a context statistic\u2019s description names what it quotes from the plan, in the plan\u2019s words', () => {
    const problems: string[] = [];
    for (const measure of content.measures.filter((entry) => entry.data.context)) {
      const plan = measure.id.split('/')[0]!;
      const inPlan = <T extends { id: string }>(entries: T[]) => entries.filter((entry) => entry.id.startsWith(`${plan}/`));
      const titles = {
        outcome: inPlan(content.outcomes).map((outcome) => outcome.data.title),
        'improvement aim': inPlan(content.outcomes).flatMap((outcome) => outcome.data.improvementAims.map((aim) => aim.title)),
        measure: inPlan(content.measures).filter((entry) => !entry.data.context).map((entry) => entry.data.title),
        'progress measure': inPlan(content.measures).filter((entry) => !entry.data.context).map((entry) => entry.data.title),
      };
      for (const [, kind, quoted] of (measure.data.description ?? '').matchAll(/the plan's (outcome|improvement aim|measure|progress measure)[^"]*"([^"]+)"/g)) {
        const known = titles[kind as keyof typeof titles].map((title) => title.toLowerCase());
        if (!known.includes(quoted!.toLowerCase())) problems.push(`${measure.filePath}: says the plan's ${kind} is "${quoted}", but no ${kind} of the plan has that title`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('a unit that is the site\u2019s reading says so on the measure\u2019s page; every plan measure\u2019s kind is marked as the site\u2019s reading', () => {
    const marked = content.measures.find((measure) => measure.data.siteReading.includes('unit') && measure.data.kind === 'quantitative');
    if (marked) expect(text(`/${marked.id}/`)).toContain("the site's reading: the plan does not state it");
    const plain = content.measures.find((measure) => !measure.data.context)!;
    expect(text(`/${plain.id}/`)).toContain("the site's reading: the plan does not sort its measures into kinds");
  });
});

describe('the Moray Children\u2019s Services Plan', () => {
  test('every action that has measures in its row of the seed lists them on its page', () => {
    const missing: string[] = [];
    for (const [action, measures] of Object.entries(MORAY_CSP_ACTION_MEASURES)) {
      const $ = site.page(`/moray-csp-2020-23/actions/${action}/`);
      for (const measure of measures) if ($(`main a[href="/moray-csp-2020-23/measures/${measure}/"]`).length === 0) missing.push(`${action} → ${measure}`);
      if (measures.length > 0) expect(text(`/moray-csp-2020-23/actions/${action}/`)).not.toContain('This action has no measures of its own');
    }
    expect(missing).toEqual([]);
  });

  test('a measure\u2019s page names the actions that list it', () => {
    const [action, [measure]] = Object.entries(MORAY_CSP_ACTION_MEASURES).find(([, measures]) => measures.length > 0)! as [string, string[]];
    expect(site.page(`/moray-csp-2020-23/measures/${measure}/`)(`main a[href="/moray-csp-2020-23/actions/${action}/"]`).length).toBeGreaterThan(0);
  });
});

describe('the Moray LOIP children and young people priority', () => {
  test('has no action made from a row that had only measures; its measures are the row-above action\u2019s', () => {
    expect(site.exists('/moray-loip/actions/achieving-permanence/')).toBe(false);
    const $ = site.page('/moray-loip/actions/settled-loved-cared-for/');
    for (const measure of ['permanence-number-of-placements', 'permanence-time-taken', 'cared-for-in-community']) {
      expect($(`main a[href="/moray-loip/measures/${measure}/"]`).length, measure).toBeGreaterThan(0);
    }
  });

  test('the poverty outcome\u2019s actions are the seed\u2019s two key actions, each serving every aim', () => {
    const actions = (index.actionsByOutcome.get('moray-loip/outcomes/poverty-mitigated') ?? []).map((action) => action.data.title);
    expect(actions).toEqual([
      'The voices of children, young people and families experiencing poverty are heard and acted upon',
      "A coordinated approach to mitigating the impact of child poverty is adopted across the children's services partnership",
    ]);
    const $ = site.page('/moray-loip/outcomes/poverty-mitigated/');
    expect($('main .ps_aim').length).toBe(3);
    $('main .ps_aim').each((_, aim) => expect($(aim).find('a').length).toBeGreaterThanOrEqual(2));
    expect(text('/moray-loip/outcomes/poverty-mitigated/')).not.toContain('The plan lists no action for this aim');
  });

  test('wellbeing actions are titled from the Key Actions column', () => {
    const titles = (index.actionsByOutcome.get('moray-loip/outcomes/emotional-wellbeing') ?? []).map((action) => action.data.title);
    expect(titles).toContain("The number of children and young people who self-report good emotional and mental wellbeing via the mental health and wellbeing survey increases by 10% (baseline: Realigning Children's Services data)");
    expect(titles).toContain('Parents/Carers report increased confidence and skill within a 12 month period of accessing community based family wellbeing');
  });

  test('lists the care experienced milestone once, and no aim with an action says it has none', () => {
    const aims = index.outcomeById.get('moray-loip/outcomes/safe-supportive-families')!.data.improvementAims.map((aim) => aim.title);
    expect(aims.filter((title) => /^Outcomes for care experienced/.test(title))).toEqual(['Outcomes for care experienced young people are improving (not including wellbeing)']);
    const $ = site.page('/moray-loip/outcomes/safe-supportive-families/');
    $('main .ps_aim').each((_, aim) => {
      const hasActions = $(aim).find('a').length > 0;
      if (hasActions) expect($(aim).text()).not.toContain('The plan lists no action for this aim');
    });
  });

  test('"The end result we want is" heads the three outcomes, not the priority\u2019s statement', () => {
    for (const page of ['/moray-loip/', '/moray-loip/priorities/better-future/']) {
      const body = text(page);
      const after = body.slice(body.indexOf('The end result we want'));
      expect(after, page).toMatch(/^The end result we want( is:)? The emotional and mental wellbeing of children and young people is improved/);
    }
  });
});

describe('the social work service plan', () => {
  test('names Children\u2019s Services Plan Priority 4 only for the row the seed names it for', () => {
    expect(index.contributesTo.get('moray-social-work-2020-23/priorities/strategic-outcomes')).not.toContain('moray-csp-2020-23/priorities/care-experienced');
    expect(text('/moray-social-work-2020-23/priorities/strategic-outcomes/')).toContain('The other rows name no Children\u2019s Services Plan priority');
  });
});

describe('Clackmannanshire', () => {
  test('links a related strategy only to the address the seed gives it', () => {
    const strategy = index.planById.get('clackmannanshire-csp-2021-24')!.data.relatedStrategies.find((entry) => entry.title === 'Local Child Poverty Action Plan');
    expect(strategy?.url ?? '').not.toMatch(/report/i);
  });

  test('"Data collection and usage" is under Building Capacity, not the plan\u2019s overview', () => {
    expect(text('/clackmannanshire-csp-2021-24/')).not.toContain('Data collection and usage');
    expect(text('/clackmannanshire-csp-2021-24/priorities/building-capacity/')).toContain('Data collection and usage');
  });
});

describe('"In short" summaries say what the plan says', () => {
  test.each([
    ['moray-social-work-2020-23/outcomes/children-return', /outside Moray/, /somewhere else/],
    ['moray-social-work-2020-23/outcomes/road-map', /road map/, /can get help in the way they want/],
    ['clackmannanshire-csp-2021-24/outcomes/health-wellbeing-inequalities', /gaps in health and wellbeing/, /who have less/],
  ])('%s', (id, says, doesNotSay) => {
    const inShort = index.outcomeById.get(id)!.data.inShort;
    expect(inShort).toMatch(says);
    expect(inShort).not.toMatch(doesNotSay);
  });
});

describe('the plan health check', () => {
  test('never reports national outcomes or children\u2019s rights as "not met" because the site has tagged nothing', () => {
    for (const plan of content.plans.filter((entry) => entry.data.kind === 'childrens-services-plan')) {
      const $ = site.page(`/${plan.id}/health-check/`);
      for (const criterion of ['2', '9']) {
        const row = normalise($(`#criterion-${criterion}`).text());
        const nothingTagged = /\b0 of \d+ outcomes/.test(row) && !/one of its priorities is tagged/.test(row);
        if (nothingTagged) expect(row, `${plan.id} criterion ${criterion}`).not.toMatch(/Not met/);
      }
    }
  });
});
