/**
 * Progress reports on a built site: the seed's Q1 2021/22 report in full, and what happens when
 * comms staff add the next quarters' reports (the README's worked example as Q2, a fixture as Q3).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../content/helpers';
import { buildRealSite, normalise } from './built-site';

const REPORTS = 'content/moray-loip/reports';
const Q1 = '/moray-loip/reports/2021-22-q1/';
let site: ReturnType<typeof buildRealSite>;

beforeAll(() => {
  site = buildRealSite({
    addFiles: {
      [`${REPORTS}/2021-22-q2.mdx`]: path.join(projectRoot, 'docs/examples/progress-report.mdx'),
      [`${REPORTS}/2021-22-q3.mdx`]: path.join(projectRoot, 'test/fixtures/next-reports/2021-22-q3.mdx'),
    },
    // Fixed, so "overdue" does not depend on the day the tests run.
    env: { PLANSITE_TODAY: '2024-01-15' },
  });
}, 300_000);
afterAll(() => site?.remove());

const text = ($: CheerioAPI, selector = 'main') => normalise($(selector).text());
const statusWords = ($: CheerioAPI, selector: string) => $(selector).find('.ps_status').map((_, tag) => normalise($(tag).text())).get();

test('the site builds with the worked example and a third report added', () => {
  expect(site.status, site.output.slice(-3000)).toBe(0);
});

describe('the Moray LOIP Q1 2021/22 report page', () => {
  test('names the plan, priority, period, people with their published addresses, and 20% of the delivery plan complete', () => {
    const $ = site.page(Q1);
    const main = text($);
    expect(text($, 'h1')).toBe('Performance monitoring report: 2021/22 Quarter 1');
    expect(text($, '.ds_metadata')).toContain('Moray Local Outcomes Improvement Plan');
    for (const phrase of [
      '2021/22 Quarter 1 (April to June 2021)',
      'Building a better future for our children & young people in Moray',
      'Simon Boker-Ingram, Chief Officer Health & Social Care Moray Integrated Joint Board',
      'Roddy Burns, Chief Executive Moray Council',
      '20%',
    ]) {
      expect(main).toContain(phrase);
    }
    const mailto = $('main a[href^="mailto:"]').map((_, link) => $(link).attr('href')).get();
    expect(mailto).toEqual(['mailto:hscmchiefofficer@moray.gov.uk', 'mailto:rodgy.burns@moray.gov.uk']);
  });

  test('invents no RAG status: every status on the page is "Not stated", as in the seed', () => {
    const words = statusWords(site.page(Q1), 'main');
    // Overall actions and measures, then three outcomes in the summary and again in their sections.
    expect(words).toHaveLength(2 + 3 + 3);
    expect(new Set(words)).toEqual(new Set(['Not stated']));
  });

  test('has a section per outcome with its commentary and figures', () => {
    const $ = site.page(Q1);
    const sections = {
      'outcome-emotional-wellbeing': 'The emotional and mental wellbeing of children and young people is improved',
      'outcome-safe-supportive-families': 'Children live in safe and supportive families',
      'outcome-poverty-mitigated': 'The impact of poverty on children, young people and families is mitigated',
    };
    for (const [id, title] of Object.entries(sections)) expect(text($, `h3#${id}`)).toBe(title);
    const main = text($);
    for (const phrase of [
      'The minimum investment of £0.5million in early intervention and prevention provision for 20/21 has been achieved',
      '147 children had accessed their service (107 female) over this reporting period. 122 reported improved wellbeing outcomes',
      '£57K of funding was provided to 3rd sector organisations',
      '19 Children (8 females and 11 males) were referred',
      'The voices of children and young people in need of care & protection are central to support planning and decision making',
      'Over this reporting period 125 children were supported via an independent advocate or a trusted adult',
      'Outcomes for care experienced young people are improving',
      'Perpetrators of domestic abuse are held to account and supported to change their behaviour',
      'The pathway of financial supports is in place. Focus is now on monitoring impact and addressing gaps in provision',
      '50 employees from the Local Authority and Health attended training',
      '£256K funding provided by Scottish Government to provide summer holiday opportunities',
    ]) {
      expect(main).toContain(phrase);
    }
  });

  test('has progress towards objectives, general commentary, change requests and the COVID-19 impact', () => {
    const $ = site.page(Q1);
    // As seen: without the expansions read out to screen readers.
    const headings = $('main h2').map((_, heading) => normalise($(heading).clone().find('.visually-hidden').remove().end().text())).get();
    expect(headings).toEqual(
      expect.arrayContaining(['Progress towards objectives', 'General progress commentary', 'Change requests', 'COVID-19 recovery: impact on delivery', 'Risks and issues', 'Next steps']),
    );
    const main = text($);
    for (const phrase of [
      'Update of the Children’s Services Joint Strategic Needs Assessment has commenced',
      'Up to 1.5 days per week of support is being delivered to the Children’s Services Partnership by the Regional Quality Improvement Advisor',
      'All components of the pilot Children’s Services Locality Planning model are now operating',
      'Staff fatigue is significant and an increase in need of families as they emerge from lockdown is evident',
      'Recruitment has been a challenge for some roles across the partnership',
    ]) {
      expect(main).toContain(phrase);
    }
    expect(text($, 'section[aria-labelledby="change-requests"] p')).toBe('None');
  });

  test('lists each risk with its mitigating action', () => {
    const risks = site.page(Q1)('section[aria-labelledby="risks"] .ps_aim').map((_, risk) => normalise(site.page(Q1)(risk).text())).get();
    expect(risks).toHaveLength(3);
    const expected = [
      ['Lack of clarity and consistent understanding of the remit of and the relationship between the strategic groupings', 'Development session planned in September to address, provide clarity and reduce risk.'],
      ['The pace of progress of the child poverty priority is being limited by the lack of Lead Officer support', 'Resource in the form of a Lead Officer to provide support across the multi-agency tackling poverty strategic groups'],
      ['Pace of progress of all priorities is limited by capacity of single agency staff', 'Review of priorities to be undertaken by the Children’s Services Partnership'],
    ];
    expected.forEach(([risk, mitigation], position) => {
      expect(risks[position]).toContain(risk);
      expect(risks[position]).toContain(`Mitigating action: ${mitigation}`);
    });
    // The third risk's two paragraphs stay two paragraphs.
    expect(site.page(Q1)('section[aria-labelledby="risks"] .ps_aim').eq(2).find('p')).toHaveLength(3);
  });

  test('lists each next step with its comment and due date', () => {
    const $ = site.page(Q1);
    const rows = $('section[aria-labelledby="next-steps"] tbody tr')
      .map((_, row) => [$(row).children().map((__, cell) => normalise($(cell).text())).get()])
      .get() as string[][];
    expect(rows.map((row) => [row[0]!.slice(0, 40), row[2]])).toEqual([
      ['Finalising the CSP Annual Report and sig', 'Submission to Scottish Government by Dec 2021'],
      ['Review of priorities, improvement activi', 'Dec 2021'],
      ['Implementation of the National Health an', 'Commence 3rd quarter 2021'],
    ]);
    expect(rows[0]![1]).toBe('In progress. Timeline approved.');
    expect(rows[2]![1]).toContain('All local authorities are required by the Scottish Government to undertake this survey');
  });
});

describe('a newer report updates the plan, and history is kept', () => {
  const action = '/moray-loip/actions/wellbeing-investment/';

  test('an action page shows the newest status first and keeps the older one in its timeline', () => {
    const $ = site.page(action);
    expect(normalise($('main .ps_status').first().text())).toBe('Complete');
    expect(text($)).toContain('as reported for 2021/22 Quarter 3 (October to December 2021)');
    const timeline = $('#updates').parent().find('.ps_timeline__item');
    expect(timeline.map((_, item) => normalise($(item).find('h3').text())).get()).toEqual([
      '2021/22 Quarter 3 (October to December 2021)',
      '2021/22 Quarter 2 (July to September 2021)',
    ]);
    expect(timeline.map((_, item) => statusWords($, `#${$(item).attr('id')}`)[0]).get()).toEqual(['Complete', 'In progress']);
    expect(normalise(timeline.eq(0).text())).toContain('Fixture: the investment was completed.');
    expect(timeline.eq(1).find('a').attr('href')).toBe('/moray-loip/reports/2021-22-q2/#action-wellbeing-investment');
  });

  test('an in-progress action whose completion target has passed is shown as overdue', () => {
    const $ = site.page('/moray-loip/actions/children-feel-listened-to/');
    expect(statusWords($, 'main')[0]).toBe('Overdue');
    // Overdue is worked out today, from the target: the report's own word is given as its word (issue 22).
    const status = normalise($('main p').filter((_, paragraph) => $(paragraph).text().includes('Status:')).first().text());
    expect(status).toMatch(/^Status: Overdue The completion target \(2020-23\) has passed\. Last reported: In progress \(2021\/22 Quarter \d \([A-Za-z]+ to [A-Za-z]+ 2021\)\)\. All progress updates$/);
    expect(status).not.toContain('as reported for');
    // Its target (2022-26) has not passed on the fixed "today", so on hold stays on hold.
    expect(statusWords(site.page('/moray-loip/actions/parenting-capacity/'), 'main')[0]).toBe('On hold');
  });

  test('an outcome page shows its latest RAG status and every dated update, newest first', () => {
    const $ = site.page('/moray-loip/outcomes/emotional-wellbeing/');
    expect(statusWords($, 'main')[0]).toBe('Green');
    const items = $('.ps_timeline__item');
    expect(items.map((_, item) => $(item).find('time').attr('datetime')).get()).toEqual(['2021-12-31', '2021-09-30', '2021-06-30']);
    expect(items.map((_, item) => statusWords($, `#${$(item).attr('id')}`)[0]).get()).toEqual(['Green', 'Amber', 'Not stated']);
    expect(normalise(items.eq(2).text())).toContain('The minimum investment of £0.5million');
  });

  test('figures in reports join the measure’s table', () => {
    const $ = site.page('/moray-loip/measures/tier-2-wellbeing-investment/');
    const table = text($, 'main table');
    expect(table).toContain('2021/22 Q2');
    expect(table).toContain('£125,000');
    expect(table).toContain('£150,000');
  });

  test('the plan dashboard counts the reported statuses', () => {
    const $ = site.page('/moray-loip/');
    const progress = $('section[aria-labelledby="progress"]');
    const counts = progress.find('.ps_count-list').first().find('li').map((_, item) => normalise($(item).text())).get();
    // 14 actions since the poverty outcome's two key actions replaced three made from its aims (issue 21).
    expect(counts).toEqual(['14 actions', '1 Complete', '1 Overdue', '1 On hold', '11 Not stated']);
    expect(normalise(progress.text())).toContain('7% of actions are complete.');
    expect(normalise(progress.text())).toContain('Performance monitoring report: 2021/22 Quarter 3, covering 2021/22 Quarter 3');
  });

  test('the plan and priority dashboards say what changed since the last report', () => {
    for (const page of ['/moray-loip/', '/moray-loip/priorities/better-future/']) {
      const $ = site.page(page);
      // Without the glossary's notes, which explain a term where a list item first uses it.
      $('.ps_changes li .ps_term').remove();
      const changes = $('.ps_changes li').map((_, item) => normalise($(item).text())).get();
      expect(changes, page).toEqual([
        'Overall status of delivery plan actions: now Green (was Amber)',
        'Overall status of progress measures: now Amber (was Not stated)',
        'Outcome The emotional and mental wellbeing of children and young people is improved: now Green (was Amber)',
        'New commentary on The emotional and mental wellbeing of children and young people is improved',
        'Action Investment in early intervention wellbeing supports for children, young people and families in Moray is no less than £1/2m per annum: now Complete (was In progress)',
        'New commentary on Investment in early intervention wellbeing supports for children, young people and families in Moray is no less than £1/2m per annum',
        'Action Increase number of children in need of care and protection that feel listened to by others involved in their care and support: now In progress (was Not stated)',
        'Action Increase the capacity for parents to meet the needs of their children: now On hold (was Not stated)',
        'New figure for Investment in tier 2 mental wellbeing provision for children and families across Moray: £150,000 in 2021/22 Q3',
      ]);
    }
  });

  test('the action list can be filtered by status without JavaScript', () => {
    const $ = site.page('/moray-loip/actions/status/complete/');
    expect($('main tbody tr')).toHaveLength(1);
    expect(text($, 'main tbody')).toContain('Investment in early intervention wellbeing supports');
    expect(site.page('/moray-loip/actions/')('a[href="/moray-loip/actions/status/overdue/"]')).toHaveLength(1);
  });

  test('the worked example’s key fact, callout and status badge render as the authoring guide shows', () => {
    const $ = site.page('/moray-loip/reports/2021-22-q2/');
    expect(normalise($('.ps_key-fact').text())).toBe('125 Example: children and young people who used the service this quarter');
    expect(normalise($('main .ds_inset-text').last().text())).toBe('Example Something readers should not miss.');
    expect(normalise($('main p:contains("the new service is") .ps_status').text())).toBe('In progress');
  });

  test('the plan feed lists every report and update, newest first', () => {
    const feed = readFileSync(site.fileFor('/moray-loip/feed.xml'), 'utf8');
    const titles = [...feed.matchAll(/<item><title>([^<]*)<\/title>/g)].map((match) => match[1]);
    expect(titles.slice(0, 2)).toEqual(['Performance monitoring report: 2021/22 Quarter 3', 'Action update: Investment in early intervention wellbeing supports for children, young people and families in Moray is no less than £1/2m per annum']);
    expect(titles.filter((title) => title!.startsWith('Performance monitoring report'))).toEqual([
      'Performance monitoring report: 2021/22 Quarter 3',
      'Performance monitoring report: 2021/22 Quarter 2',
      'Performance monitoring report: 2021/22 Quarter 1',
    ]);
  });
});
