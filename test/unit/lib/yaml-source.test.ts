import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../../src/lib/yaml-source';
import { projectRoot } from '../../content/helpers';

describe('parseYaml reads YAML as the build does', () => {
  test('an unquoted date is a date, as it is in Astro', () => {
    const parsed = parseYaml('completionTarget: 2023-03-31\ntitle: "2023-03-31"\n');
    expect('data' in parsed && parsed.data).toEqual({ completionTarget: new Date('2023-03-31T00:00:00Z'), title: '2023-03-31' });
  });

  test('gives the line of a field, counted from the file\\u2019s first line', () => {
    const parsed = parseYaml('title: x\nmeasures:\n  - a\n  - b\n', 1);
    expect('lineOf' in parsed && parsed.lineOf(['measures', 1])).toBe(5);
  });

  test('gives the line of a field\u2019s name, where its value is a block of fields below it', () => {
    const parsed = parseYaml('CHN1:\n  slug: chn1\nCHN2: { slug: chn2 }\n');
    expect('keyLineOf' in parsed && [parsed.keyLineOf(['CHN1']), parsed.lineOf(['CHN1']), parsed.keyLineOf(['CHN2']), parsed.keyLineOf(['CHN1', 'slug'])]).toEqual([1, 2, 3, 2]);
  });

  test('refuses a syntax error with its line, and a duplicate field', () => {
    expect(parseYaml('title: "open\nlead: x\n')).toMatchObject({ error: expect.stringContaining('this is not valid YAML') });
    expect(parseYaml('title: a\ntitle: b\n')).toMatchObject({ error: expect.stringContaining('the same field is given twice in this file (a duplicate key)'), line: 2 });
  });

  test('refuses aliases that expand without limit, before expanding them', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    expect(parseYaml(bomb)).toMatchObject({ error: expect.stringContaining('repeats the same block') });
    expect(parseYaml('title: "Note *important*"\n')).toMatchObject({ data: { title: 'Note *important*' } });
  });
});

describe('the YAML parser Astro uses is the one the check uses', () => {
  // If an Astro upgrade changes how it reads data files or frontmatter, these fail: the check must then change with it.
  const astroRequire = createRequire(path.join(projectRoot, 'node_modules', 'astro', 'package.json'));
  const helpersRequire = createRequire(astroRequire.resolve('@astrojs/internal-helpers/frontmatter'));

  test('Astro reads .yaml data files with js-yaml\\u2019s load and its default schema', () => {
    const settings = readFileSync(path.join(path.dirname(astroRequire.resolve('astro/package.json')), 'dist', 'core', 'config', 'settings.js'), 'utf8');
    expect(settings).toMatch(/import \* as yaml from "js-yaml"/);
    expect(settings).toMatch(/yaml\.load\(contents, \{ filename: [^}]*\}\)/);
  });

  test('Astro reads frontmatter with js-yaml\\u2019s load, ending it at --- or +++', () => {
    const frontmatter = readFileSync(helpersRequire.resolve('@astrojs/internal-helpers/frontmatter'), 'utf8');
    expect(frontmatter).toMatch(/import \* as yaml from "js-yaml"/);
    expect(frontmatter).toContain('["---", yaml.load]');
    expect(frontmatter).toContain('(?:---|\\+\\+\\+)');
  });

  test('and that js-yaml is the same copy the check loads', () => {
    const ours = createRequire(path.join(projectRoot, 'package.json')).resolve('js-yaml');
    expect(astroRequire.resolve('js-yaml')).toBe(ours);
    expect(helpersRequire.resolve('js-yaml')).toBe(ours);
    expect(load('a: 2023-03-31')).toEqual({ a: new Date('2023-03-31T00:00:00Z') });
  });
});
