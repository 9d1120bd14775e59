/**
 * npm run bench:generate -- --plans N [--out <folder>] [--seed S]
 *
 * Writes N realistic, valid plans into a content folder for timing the build at scale: priorities,
 * outcomes with improvement aims, actions with leads, targets and statuses, measures with 5–10 years
 * of figures, and quarterly progress reports that update them. Sizes vary from plan to plan. The
 * site settings, themes and glossary are copied from content/, which is never changed. The same seed
 * gives the same content, so timings compare like with like.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ranDirectly } from '../../src/cli/ran-directly';

/** A small seeded random generator (mulberry32): the same seed always gives the same plans. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const AREAS = ['Aberdeen', 'Angus', 'Argyll and Bute', 'Dundee', 'East Lothian', 'Falkirk', 'Fife', 'Highland', 'Inverclyde', 'Midlothian', 'Moray', 'Orkney', 'Perth and Kinross', 'Shetland', 'Stirling', 'West Lothian'];
const TOPICS = ['mental wellbeing', 'child poverty', 'family support', 'care experience', 'physical health', 'learning', 'youth justice', 'children’s rights', 'safety at home', 'play and leisure'];
const VERBS = ['Improve', 'Develop', 'Increase', 'Reduce', 'Review', 'Co-design', 'Extend', 'Support', 'Strengthen', 'Evaluate'];
// Real plans are full of abbreviations (from the glossary), which the build explains on every page.
const OBJECTS = ['support for families', 'access to advice', 'early help in schools', 'youth work in communities', 'GIRFEC training for staff', 'services for young carers', 'routes into work', 'help with money worries', 'CAMHS waiting times', 'ASN support in schools', 'ELC places', 'kinship care support'];
const LEADS = ['Head of Children’s Services', 'Chief Social Work Officer', 'Education Services Manager', 'Community Learning and Development Manager', 'NHS Health Improvement Lead', 'Third Sector Interface (TSI)'];
const THEMES = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included', 'child-poverty', 'family-support', 'mental-wellbeing'];
const STATUSES = ['not started', 'in progress', 'complete', 'on hold'] as const;
const RAG = ['red', 'amber', 'green'] as const;

const q = (text: string) => JSON.stringify(text);

export function generatePlans(outContent: string, plans: number, seed = 1): { files: number } {
  const rng = random(seed);
  let files = 0;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(outContent, file)), { recursive: true });
    writeFileSync(path.join(outContent, file), text);
    files++;
  };

  for (let planIndex = 1; planIndex <= plans; planIndex++) {
    const area = AREAS[(planIndex - 1) % AREAS.length]!;
    const plan = `generated-plan-${String(planIndex).padStart(3, '0')}`;
    write(
      `${plan}/plan.mdx`,
      `---\ntitle: ${q(`${area} Children’s Services Plan ${planIndex}`)}\nshortTitle: ${q(`${area} plan ${planIndex}`)}\nkind: childrens-services-plan\npartnership: ${q(`${area} Children’s Services Partnership`)}\narea: ${q(area)}\nperiod: "2021-24"\ninShort: "This plan says how services will work together for children and families."\nvision: "Every child grows up loved, safe and respected."\nsource: "Generated for benchmarking"\n---\n\nA generated plan for timing the build.\n`,
    );
    const priorities = rng.int(3, 6);
    const actionIds: string[] = [];
    const outcomeIds: string[] = [];
    const measureIds: string[] = [];
    for (let p = 1; p <= priorities; p++) {
      const topic = rng.pick(TOPICS);
      const priority = `priority-${p}`;
      write(`${plan}/priorities/${priority}.mdx`, `---\ntitle: ${q(`Children and young people: ${topic}`)}\nnumber: ${p}\ninShort: ${q(`We want things to get better for you: ${topic}.`)}\nthemes:\n  - ${rng.pick(THEMES)}\n---\n\nWhy this priority matters.\n`);
      const outcomes = rng.int(2, 5);
      for (let o = 1; o <= outcomes; o++) {
        const outcome = `outcome-${p}-${o}`;
        outcomeIds.push(outcome);
        const measures = rng.int(1, 3);
        const ownMeasures = Array.from({ length: measures }, (_, m) => `measure-${p}-${o}-${m + 1}`);
        measureIds.push(...ownMeasures);
        write(
          `${plan}/outcomes/${outcome}.mdx`,
          `---\ntitle: ${q(`Outcome ${o} for ${topic}`)}\npriority: ${priority}\norder: ${o}\ninShort: "We want you to notice the difference."\nimprovementAims:\n  - id: aim-1\n    title: "More children say things are better"\nmeasures:\n${ownMeasures.map((id) => `  - ${id}`).join('\n')}\nthemes:\n  - ${rng.pick(THEMES)}\n---\n`,
        );
        for (const [m, measure] of ownMeasures.entries()) {
          write(`${plan}/measures/${measure}.yaml`, `title: ${q(`Percentage of children reporting ${topic} improving (${m + 1})`)}\nkind: quantitative\norder: ${m + 1}\nunit: "%"\nbetterDirection: increase\nbaseline: { period: "2015/16", value: 50, text: "50% in 2015/16" }\ntarget: { period: "2025/26", value: 70, text: "70% by 2025/26" }\nsource: { name: "Generated" }\n`);
          const years = rng.int(5, 10);
          let value = rng.int(40, 60);
          const rows = [];
          for (let year = 2024 - years; year < 2024; year++) {
            value = Math.max(0, Math.min(100, value + rng.int(-3, 4)));
            rows.push(`${year}/${String((year + 1) % 100).padStart(2, '0')},${value},,,`);
            rows.push(`${year}/${String((year + 1) % 100).padStart(2, '0')},${value + rng.int(-5, 5)},Scotland,,`);
          }
          write(`${plan}/measures/${measure}.csv`, `period,value,area,flag,footnote\n${rows.join('\n')}\n`);
        }
        const actions = rng.int(3, 8);
        for (let a = 1; a <= actions; a++) {
          const action = `action-${p}-${o}-${a}`;
          actionIds.push(action);
          const status = rng.next() < 0.3 ? '' : `status: ${q(rng.pick(STATUSES))}\n`;
          write(
            `${plan}/actions/${action}.yaml`,
            `title: ${q(`${rng.pick(VERBS)} ${rng.pick(OBJECTS)} (${p}.${o}.${a})`)}\noutcome: ${outcome}\norder: ${a}\nimprovementAim: aim-1\nlead: ${q(rng.pick(LEADS))}\ncompletionTarget: ${q(`March ${rng.int(2022, 2027)}`)}\n${status}themes:\n  - ${rng.pick(THEMES)}\n`,
          );
        }
      }
    }
    // Quarterly reports over two years, each updating some actions and adding figures.
    for (let quarter = 0; quarter < 8; quarter++) {
      const year = 2022 + Math.floor(quarter / 4);
      const q4 = (quarter % 4) + 1;
      const startMonth = 3 + (q4 - 1) * 3;
      const startYear = year + Math.floor(startMonth / 12);
      const start = new Date(Date.UTC(startYear, startMonth % 12, 1));
      const end = new Date(Date.UTC(startYear, (startMonth % 12) + 3, 0));
      const updates = Array.from({ length: rng.int(2, 6) }, () => rng.pick(actionIds));
      const unique = [...new Set(updates)];
      write(
        `${plan}/reports/${year}-${String((year + 1) % 100).padStart(2, '0')}-q${q4}.mdx`,
        `---\ntitle: ${q(`Progress report: ${year}/${String((year + 1) % 100).padStart(2, '0')} Quarter ${q4}`)}\nperiod: { label: ${q(`${year}/${String((year + 1) % 100).padStart(2, '0')} Quarter ${q4}`)}, start: "${start.toISOString().slice(0, 10)}", end: "${end.toISOString().slice(0, 10)}" }\noverallStatus: { actions: ${rng.pick(RAG)}, measures: ${rng.pick(RAG)} }\ndeliveryPlanCompletion: ${rng.int(10, 90)}\noutcomes:\n${outcomeIds.slice(0, 3).map((id) => `  - { outcome: ${id}, ragStatus: ${rng.pick(RAG)}, commentary: "Work continued this quarter." }`).join('\n')}\nactions:\n${unique.map((id) => `  - { action: ${id}, status: ${q(rng.pick(STATUSES))}, commentary: "An update for this quarter." }`).join('\n')}\n---\n\n## Progress summary\n\nWhat happened this quarter.\n`,
      );
    }
    void measureIds;
  }
  return { files };
}

/** A content folder with the real site settings, themes and glossary, and N generated plans. */
export function generateContent(plans: number, outContent: string, projectRoot: string, seed = 1): { files: number } {
  mkdirSync(outContent, { recursive: true });
  for (const shared of ['site.yaml', 'search-words.yaml', 'themes', 'glossary']) cpSync(path.join(projectRoot, 'content', shared), path.join(outContent, shared), { recursive: true });
  return generatePlans(outContent, plans, seed);
}

if (ranDirectly(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index === -1 ? undefined : args[index + 1];
  };
  const plans = Number(option('plans') ?? '10');
  if (!Number.isInteger(plans) || plans < 1) {
    console.error('Give the number of plans: npm run bench:generate -- --plans 10');
    process.exit(1);
  }
  const out = path.resolve(option('out') ?? mkdtempSync(path.join(tmpdir(), 'plansite-generated-')));
  const { files } = generateContent(plans, path.join(out, 'content'), process.cwd(), Number(option('seed') ?? '1'));
  console.log(`Wrote ${plans} plans (${files} files) to ${path.join(out, 'content')}. content/ was not changed.`);
}
