/**
 * The text of an MDX page, read as data. It is parsed with the same MDX parser the build uses
 * (Sätteri), and every node is checked against the allow-list in src/schemas/mdx-body.ts: Markdown,
 * the site's own components with values in quotes, and a few HTML elements. `import`, `export` and
 * `{…}` would run code when the site is built, so they are refused; so are other elements,
 * attributes and kinds of address. The same rules run in the content check (with line numbers) and
 * inside the build and `npm run dev` (src/integrations/mdx-safety.ts), so nothing slips past either.
 */
import { mdxToMdast } from 'satteri';
import {
  BOOLEAN_ATTRIBUTES,
  GLOBAL_ATTRIBUTES,
  HTML_ELEMENT_RULES,
  LINK_ATTRIBUTES,
  MDX_COMPONENT_RULES,
  MDX_COMPONENTS,
  type MdxComponentName,
} from '../schemas/mdx-body';
import { addressProblem } from './safe-address';

export interface MdxBodyProblem {
  line?: number;
  /** The element or attribute, e.g. `<KeyFact figure>`. */
  field?: string;
  message: string;
}

export interface ComponentUse {
  name: MdxComponentName;
  line?: number;
  /** Its attributes, all written in quotes (anything else is a problem). */
  attributes: Record<string, string>;
}

/** The parts of an mdast node this module reads. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdxNode[];
  position?: { start?: { line?: number } };
}

export const MDX_HINT =
  'Every { needs a matching } and every < must start a tag or component. To show these characters as text, write \\{ or &lt; instead.';

const CODE_HINT = 'To show curly brackets as text, write \\{ and \\}. To leave a note that is not published, write {/* like this */}.';

/** `{/* … *\/}`: an expression that holds only comments, which MDX drops. A comment cannot contain its own end. */
const ONLY_COMMENTS = /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)+$/;

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function isComponent(name: string): name is MdxComponentName {
  return (MDX_COMPONENTS as string[]).includes(name);
}

const componentList = () => MDX_COMPONENTS.map((name) => `<${name}>`).join(', ');
const elementList = () => Object.keys(HTML_ELEMENT_RULES).map((name) => `<${name}>`).join(', ');

/** One node's problems (not its children's); `line` is its line in the file. Components without problems are added to `uses`. */
export function mdxNodeProblems(node: MdxNode, line?: number, uses: ComponentUse[] = []): MdxBodyProblem[] {
  switch (node.type) {
    case 'mdxjsEsm': {
      const word = /^\s*(import|export)\b/.exec(String(node.value))?.[1] ?? 'import';
      return [{ line, field: word, message: `"${word}" lines are not allowed in a page's text: they run code when the site is built. The site's components need no import; delete this line.` }];
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (ONLY_COMMENTS.test(String(node.value ?? ''))) return [];
      return [{ line, field: '{…}', message: `"{${shorten(String(node.value).trim(), 60)}}" would run as code when the site is built, which a page's text may not do. ${CODE_HINT}` }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node, line, uses);
    case 'link':
    case 'definition':
    case 'image': {
      const problem = addressProblem(node.url ?? '', node.type === 'image' ? 'image' : 'link');
      return problem ? [{ line, field: node.type === 'image' ? 'image' : 'link', message: problem }] : [];
    }
    case 'yaml':
    case 'toml':
      return [{ line, field: '---', message: 'this is a second block of fields between --- lines. A page has one, at the top of the file; to draw a line across the page, write *** instead.' }];
    case 'html':
      return [{ line, field: 'HTML', message: `raw HTML is not allowed here. Use Markdown, or one of the elements the site allows: ${elementList()}.` }];
    default:
      return [];
  }
}

/** The problems of one attribute; a value in quotes is added to `values`. */
function attributeProblems(
  tag: string,
  attribute: NonNullable<MdxNode['attributes']>[number],
  allowed: readonly string[],
  line: number | undefined,
  values: Record<string, string>,
): MdxBodyProblem[] {
  if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
    return [{ line, field: `<${tag}>`, message: `"{${shorten(String(attribute.value ?? ''), 40)}}" in <${tag}> would run as code. Write each attribute as name="value". ${CODE_HINT}` }];
  }
  const field = `<${tag} ${attribute.name}>`;
  if (!allowed.includes(attribute.name)) {
    const list = allowed.length > 0 ? `The attributes <${tag}> can have are: ${allowed.join(', ')}.` : `<${tag}> has no attributes.`;
    return [{ line, field, message: `"${attribute.name}" is not an attribute the site allows on <${tag}>. ${list}` }];
  }
  const { value } = attribute;
  if (value === null || value === undefined) {
    if ((BOOLEAN_ATTRIBUTES as readonly string[]).includes(attribute.name)) return [];
    return [{ line, field, message: `give ${attribute.name} a value in quotes, like ${attribute.name}="…".` }];
  }
  if (typeof value !== 'string') {
    const code = String((value as { value?: unknown }).value ?? '');
    return [{ line, field, message: `write the value in quotes, like ${attribute.name}="${shorten(code.replace(/^["'`]|["'`]$/g, ''), 40)}". A value in {…} would run as code when the site is built.` }];
  }
  values[attribute.name] = value;
  const linkKind = LINK_ATTRIBUTES[attribute.name];
  const problem = linkKind && addressProblem(value, linkKind);
  return problem ? [{ line, field, message: problem }] : [];
}

function elementProblems(node: MdxNode, line: number | undefined, uses: ComponentUse[]): MdxBodyProblem[] {
  const name = node.name ?? '';
  const component = isComponent(name);
  const htmlAttributes = HTML_ELEMENT_RULES[name];
  if (!component && !htmlAttributes) {
    if (/^[A-Z]/.test(name)) {
      return [{ line, field: `<${name}>`, message: `there is no component called ${name}. The components you can use are: ${componentList()}. To show a < as text, write &lt;.` }];
    }
    const shown = name === '' ? '<>' : `<${name}>`;
    return [{ line, field: shown, message: `${shown} is not allowed in a page's text. Use Markdown for headings, lists, links and emphasis; the HTML elements the site allows are: ${elementList()}. To show a < as text, write &lt;.` }];
  }
  const rule = component ? MDX_COMPONENT_RULES[name] : undefined;
  const allowed = rule ? [...rule.required, ...rule.optional] : [...GLOBAL_ATTRIBUTES, ...htmlAttributes!];
  const values: Record<string, string> = {};
  const problems = (node.attributes ?? []).flatMap((attribute) => attributeProblems(name, attribute, allowed, line, values));
  for (const required of rule?.required ?? []) {
    if (!(required in values) && !problems.some((problem) => problem.field === `<${name} ${required}>`)) {
      problems.push({ line, field: `<${name}>`, message: `<${name}> needs ${required}="…".` });
    }
  }
  if (name === 'img' && !('alt' in values)) problems.push({ line, field: '<img>', message: 'an image needs alt="…": a short description of it, or alt="" if it is only decoration.' });
  if (component && problems.length === 0) uses.push({ name, line, attributes: values });
  return problems;
}

/** Checks a parsed body: its problems, and the components it uses (those without problems). */
export function inspectMdxTree(tree: MdxNode, firstLine = 1): { problems: MdxBodyProblem[]; components: ComponentUse[] } {
  const problems: MdxBodyProblem[] = [];
  const components: ComponentUse[] = [];
  const visit = (node: MdxNode): void => {
    const line = node.position?.start?.line;
    problems.push(...mdxNodeProblems(node, line === undefined ? undefined : line + firstLine - 1, components));
    node.children?.forEach(visit);
  };
  visit(tree);
  return { problems, components };
}

/** "3:7: Unexpected end of file in expression… (mdx-jsx:unexpected-character)" → its line and plain words. */
function syntaxProblem(error: unknown, firstLine: number): MdxBodyProblem {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*([\s\S]*?)\s*(?:\([a-z-]+:[a-z-]+\))?$/.exec(message);
  const detail = (match?.[3] ?? message).replace(/\s+/g, ' ').replace(/\.?$/, '.');
  return { line: match ? Number(match[1]) + firstLine - 1 : undefined, message: `this text is not valid MDX: ${detail} ${MDX_HINT}` };
}

/**
 * Reads an MDX body (the text after the fields). `firstLine` is the line of the file the body starts
 * on, so problems give the file's own line numbers.
 */
export function readMdxBody(body: string, firstLine = 1): { problems: MdxBodyProblem[]; components: ComponentUse[] } {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body) as unknown as MdxNode;
  } catch (error) {
    return { problems: [syntaxProblem(error, firstLine)], components: [] };
  }
  return inspectMdxTree(tree, firstLine);
}

/** Where a body uses a component, with the value of one of its attributes: e.g. every `<MeasureChart measure="…">`. */
export function componentUses(body: string, component: MdxComponentName, attribute: string, firstLine = 1): Array<{ line: number; value: string }> {
  if (!body.includes(`<${component}`)) return [];
  return readMdxBody(body, firstLine)
    .components.filter((use) => use.name === component && attribute in use.attributes)
    .map((use) => ({ line: use.line ?? firstLine, value: use.attributes[attribute]! }));
}
