/**
 * The editor's local backend: Decap CMS's proxy protocol (the one `decap-server` speaks), answered
 * from the project's own content/ folder. Unlike decap-server it never writes the file Decap
 * serialised: a save changes only the fields the officer changed (./field-text.ts), and is refused,
 * with the content check's own words, when the check would refuse the result.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { reviewContent } from '../integrations/content-check';
import { formatProblem } from '../lib/content-problem';
import { splitFrontmatter } from '../lib/frontmatter';
import { contentKindOf, type ContentKind } from './content-kind';
import { editFields, editPage, type Fields } from './field-text';
import { fieldLayout } from './schema-fields';

export interface BackendAnswer {
  status: number;
  json: unknown;
}

interface DataFile {
  path: string;
  raw: string;
}

/** A refusal the officer reads in the editor: Decap shows `error` after "Failed to persist entry". */
class Refusal extends Error {}

/** A path Decap sent, as a path inside the project's content/ folder, or a refusal. */
function contentPath(projectRoot: string, requested: unknown): string {
  if (typeof requested !== 'string') throw new Refusal('the editor asked for a file without naming it.');
  const normal = path.posix.normalize(requested.replace(/\\/g, '/'));
  if (!normal.startsWith('content/') || normal.includes('..') || path.isAbsolute(normal)) throw new Refusal(`the editor may only change files in content/, not "${requested}".`);
  return normal;
}

function entryOf(projectRoot: string, projectPath: string, label?: string) {
  const file = path.join(projectRoot, projectPath);
  if (!existsSync(file)) return { data: null, file: { path: projectPath, label, id: null } };
  const text = readFileSync(file);
  return { data: text.toString('utf8'), file: { path: projectPath, label, id: createHash('sha256').update(text).digest('hex') } };
}

function listFolder(projectRoot: string, folder: string, extension: string) {
  const projectFolder = contentPath(projectRoot, folder);
  return globSync(`*.${extension}`, { cwd: path.join(projectRoot, projectFolder) })
    .sort()
    .map((name) => entryOf(projectRoot, `${projectFolder}/${name}`));
}

/**
 * A day as Decap writes one it read from an unquoted YAML date (`2023-03-31` becomes
 * `2023-03-31T00:00:00.000Z`): the day again, so a field the officer did not touch stays as it was.
 */
export function asWrittenDays(value: unknown): unknown {
  if (typeof value === 'string') return /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/.exec(value)?.[1] ?? value;
  if (Array.isArray(value)) return value.map(asWrittenDays);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, asWrittenDays(inner)]));
  return value;
}

/** What Decap's serialised file says: its fields, and a page's text. */
function readSaved(raw: string, page: boolean): { fields: Fields; body?: string } {
  const fieldsOf = (yaml: string) => asWrittenDays(parse(yaml) ?? {}) as Fields;
  if (!page) return { fields: fieldsOf(raw) };
  const split = splitFrontmatter(raw);
  if ('error' in split) return { fields: {}, body: raw };
  return { fields: fieldsOf(split.yaml), body: split.body };
}

/** A report's updates the officer left as they were offered (no status, no commentary) say nothing, so they are not saved. */
function withoutEmptyUpdates(fields: Fields): Fields {
  const said = (update: Record<string, unknown>, words: string[]) => words.some((word) => update[word] !== undefined && update[word] !== '' && update[word] !== 'not stated');
  const list = (value: unknown) => (Array.isArray(value) ? (value as Array<Record<string, unknown>>) : undefined);
  return {
    ...fields,
    ...(list(fields.outcomes) ? { outcomes: list(fields.outcomes)!.filter((update) => said(update, ['ragStatus', 'commentary'])) } : {}),
    ...(list(fields.actions) ? { actions: list(fields.actions)!.filter((update) => said(update, ['status', 'commentary'])) } : {}),
  };
}

/** The file's new text: the old text with only the changed fields rewritten, or a new file. */
export function savedText(original: string | undefined, raw: string, kind: ContentKind): string {
  const saved = readSaved(raw, kind.page);
  const { fileName: _fileName, ...rest } = saved.fields;
  const fields = kind.report ? withoutEmptyUpdates(rest) : rest;
  const { order, defaults } = fieldLayout(kind.schema);
  if (kind.page) return editPage(original, fields, saved.body, order, defaults);
  return editFields(original ?? '', fields, order, defaults);
}

/** Problems the check finds with `changes` made that it does not find without them: the reasons to refuse. */
export function newProblems(projectRoot: string, changes: Map<string, string>): string[] {
  const copy = mkdtempSync(path.join(tmpdir(), 'plansite-edit-'));
  try {
    cpSync(path.join(projectRoot, 'content'), path.join(copy, 'content'), { recursive: true });
    if (existsSync(path.join(projectRoot, 'public'))) symlinkSync(path.join(projectRoot, 'public'), path.join(copy, 'public'));
    for (const [projectPath, text] of changes) {
      mkdirSync(path.dirname(path.join(copy, projectPath)), { recursive: true });
      writeFileSync(path.join(copy, projectPath), text);
    }
    const before = new Set(reviewContent(projectRoot).errors.map(formatProblem));
    return reviewContent(copy).errors.map(formatProblem).filter((problem) => !before.has(problem));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function persist(projectRoot: string, dataFiles: DataFile[]): BackendAnswer {
  const changes = new Map<string, string>();
  for (const dataFile of dataFiles) {
    const projectPath = contentPath(projectRoot, dataFile.path);
    const kind = contentKindOf(projectPath);
    if (!kind) throw new Refusal(`${projectPath} is not a kind of file the editor writes.`);
    const file = path.join(projectRoot, projectPath);
    changes.set(projectPath, savedText(existsSync(file) ? readFileSync(file, 'utf8') : undefined, dataFile.raw, kind));
  }
  const problems = newProblems(projectRoot, changes);
  if (problems.length > 0) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    throw new Refusal(`Not saved: npm run check would find ${count}:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  }
  for (const [projectPath, text] of changes) {
    mkdirSync(path.dirname(path.join(projectRoot, projectPath)), { recursive: true });
    writeFileSync(path.join(projectRoot, projectPath), text);
  }
  return { status: 200, json: { message: 'entry persisted' } };
}

type Params = Record<string, unknown>;

function answer(projectRoot: string, action: unknown, params: Params): BackendAnswer {
  switch (action) {
    case 'info':
      return { status: 200, json: { repo: path.basename(projectRoot), publish_modes: ['simple'], type: 'local_fs' } };
    case 'entriesByFolder':
      return { status: 200, json: listFolder(projectRoot, String(params.folder), String(params.extension)) };
    case 'entriesByFiles':
      return { status: 200, json: (params.files as Array<{ path: string; label?: string }>).map((file) => entryOf(projectRoot, contentPath(projectRoot, file.path), file.label)) };
    case 'getEntry':
      return { status: 200, json: entryOf(projectRoot, contentPath(projectRoot, params.path)) };
    case 'persistEntry': {
      const dataFiles = (params.dataFiles ?? (params.entry ? [params.entry] : [])) as DataFile[];
      if ((params.assets as unknown[] | undefined)?.length) throw new Refusal('images are not saved from the editor: put them in public/ (docs/authoring.md).');
      return persist(projectRoot, dataFiles);
    }
    case 'getMedia':
      return { status: 200, json: [] };
    case 'getDeployPreview':
      return { status: 200, json: null };
    case 'persistMedia':
      throw new Refusal('images are not saved from the editor: put them in public/ (docs/authoring.md).');
    case 'deleteFile':
    case 'deleteFiles':
      throw new Refusal('files are not deleted from the editor: delete the file in content/, then run npm run check.');
    default:
      return { status: 422, json: { error: `The editor's backend does not know the action "${String(action)}".` } };
  }
}

/** Answers one request of Decap's proxy protocol: `{ action, params }`. */
export function handleEditorRequest(projectRoot: string, body: unknown): BackendAnswer {
  const { action, params = {} } = (body ?? {}) as { action?: unknown; params?: Params };
  try {
    return answer(projectRoot, action, params);
  } catch (error) {
    if (error instanceof Refusal) return { status: 422, json: { error: error.message } };
    throw error;
  }
}
