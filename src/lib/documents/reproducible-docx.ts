/**
 * Makes a .docx written by the `docx` package byte-identical for identical content. docx 9 stamps
 * every zip entry and the core properties' created and modified dates with the time of packing, and
 * gives each hyperlink a random relationship id (`rId` + nanoid); this repacks the file with one
 * fixed time and numbers those ids in order.
 */
import { readZip, writeZip, type ZipEntry } from './zip-archive';

const RELATIONSHIPS_PATH = /^(.*)_rels\/([^/]+)\.rels$/;
const NUMBERED_RELATIONSHIP_ID = /^rId\d+$/;
const CORE_PROPERTIES_PATH = 'docProps/core.xml';
const CORE_DATE = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

export function reproducibleDocx(docx: Uint8Array, modified: Date): Buffer {
  const entries = readZip(docx);
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  for (const relationships of entries) {
    const partPath = partOfRelationships(relationships.path);
    if (partPath === undefined) continue;
    renumberRelationships(relationships, byPath.get(partPath));
  }
  const coreProperties = byPath.get(CORE_PROPERTIES_PATH);
  if (coreProperties) coreProperties.data = Buffer.from(withCoreDates(textOf(coreProperties), modified), 'utf8');
  return writeZip(entries, modified);
}

function withCoreDates(coreXml: string, modified: Date): string {
  return coreXml.replace(CORE_DATE, `$1${coreTimestamp(modified)}$2`);
}

/** A date as the core properties write it (W3CDTF), to the second as Word writes it. */
export function coreTimestamp(moment: Date): string {
  return moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `word/_rels/document.xml.rels` → `word/document.xml`; the package's own `_rels/.rels` has no part. */
function partOfRelationships(path: string): string | undefined {
  const match = RELATIONSHIPS_PATH.exec(path);
  if (!match) return undefined;
  return `${match[1]}${match[2]}`;
}

function renumberRelationships(relationships: ZipEntry, part: ZipEntry | undefined): void {
  let relationshipsXml = textOf(relationships);
  let partXml = part ? textOf(part) : '';
  randomRelationshipIds(relationshipsXml).forEach((randomId, index) => {
    const orderedId = `rIdOrdered${index + 1}`;
    relationshipsXml = replaceAttributeValue(relationshipsXml, randomId, orderedId);
    partXml = replaceAttributeValue(partXml, randomId, orderedId);
  });
  relationships.data = Buffer.from(relationshipsXml, 'utf8');
  if (part) part.data = Buffer.from(partXml, 'utf8');
}

/** The relationship ids, in the file's (insertion, so document) order, that are not docx's own counted `rIdN`. */
export function randomRelationshipIds(relationshipsXml: string): string[] {
  const ids = [...relationshipsXml.matchAll(/\bId="([^"]+)"/g)].map((match) => match[1] ?? '');
  return ids.filter((id) => !NUMBERED_RELATIONSHIP_ID.test(id));
}

function replaceAttributeValue(xml: string, from: string, to: string): string {
  return xml.replaceAll(`="${from}"`, `="${to}"`);
}

function textOf(entry: ZipEntry): string {
  return Buffer.from(entry.data).toString('utf8');
}
