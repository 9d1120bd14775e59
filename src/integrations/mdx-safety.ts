/**
 * The MDX rules (src/lib/mdx-body.ts) inside the build and `npm run dev`, as a plugin of the MDX
 * parser: a page that breaks them is never compiled, so its code never runs, even where the content
 * check only warns (dev) or did not run. The content check reports the same problems first, with
 * line numbers.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { mdxNodeProblems, type MdxBodyProblem, type MdxNode } from '../lib/mdx-body';

/** The nodes that can carry code, markup or an address. */
const CHECKED_TYPES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'link', 'image', 'definition', 'html', 'yaml', 'toml'] as const;

export class UnsafeMdxError extends Error {
  constructor(file: string, problem: MdxBodyProblem) {
    const where = problem.line ? `${file}, line ${problem.line}` : file;
    super(`${where}${problem.field ? `, \`${problem.field}\`` : ''}: ${problem.message}`);
    this.name = 'UnsafeMdxError';
  }
}

function relativeFile(fileURL: URL | undefined, projectRoot: string): string {
  if (!fileURL) return 'an MDX file';
  const file = fileURLToPath(fileURL);
  return file.startsWith(projectRoot) ? file.slice(projectRoot.length).replace(/^[\\/]/, '') : file;
}

/** Refuses, by throwing, any node the MDX rules do not allow; `layout` in the fields would import code too. */
export function mdxSafetyPlugin(projectRoot: string): MdastPluginDefinition {
  const refuse = (node: MdxNode, ctx: { fileURL?: URL }) => {
    const [problem] = mdxNodeProblems(node, (node as { position?: { start?: { line?: number } } }).position?.start?.line);
    if (problem) throw new UnsafeMdxError(relativeFile(ctx.fileURL, projectRoot), problem);
  };
  const visitors = Object.fromEntries(CHECKED_TYPES.map((type) => [type, (node: unknown, ctx: { fileURL?: URL }) => refuse(node as MdxNode, ctx)]));
  return {
    name: 'plansite:mdx-safety',
    options: { position: true },
    before(_root, ctx) {
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      if (frontmatter && 'layout' in frontmatter) {
        throw new UnsafeMdxError(relativeFile(ctx.fileURL, projectRoot), { field: 'layout', message: '"layout" is not a field a page can have: it would load code into the page. Delete it.' });
      }
    },
    ...visitors,
  } as MdastPluginDefinition;
}
