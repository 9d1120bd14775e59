/**
 * The editor's help text for each field: the "What it is" column of the field tables in
 * docs/authoring.md, so the form and the guide say the same thing.
 */

/** Each kind's heading in the guide's "Every field of every kind", by its words before the file's path. */
export type HelpByKind = Map<string, Map<string, string>>;

const KIND_HEADING = /^### (.+?) \(`[^`]+`\)\s*$/;
const FIELD_ROW = /^\| `([A-Za-z]+)` \|([^|]*)\|([^|]*)\|/;

/** Markdown the editor's hints do not show: `code` becomes its words. */
const plain = (text: string) => text.replace(/`([^`]*)`/g, '$1').trim();

export function readFieldHelp(guide: string): HelpByKind {
  const help: HelpByKind = new Map();
  let kind: Map<string, string> | undefined;
  for (const line of guide.split('\n')) {
    const heading = KIND_HEADING.exec(line);
    if (heading) {
      kind = new Map();
      help.set(heading[1]!, kind);
      continue;
    }
    if (line.startsWith('#')) kind = undefined;
    const row = kind ? FIELD_ROW.exec(line) : null;
    if (kind && row) kind.set(row[1]!, plain(row[3]!));
  }
  return help;
}
