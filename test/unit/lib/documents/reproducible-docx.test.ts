import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { randomRelationshipIds, reproducibleDocx } from '../../../../src/lib/documents/reproducible-docx';
import { readZip } from '../../../../src/lib/documents/zip-archive';

const FIXED = new Date('2025-04-01T09:30:00Z');

function linkedDocument(): Document {
  const link = (text: string, address: string) => new ExternalHyperlink({ link: address, children: [new TextRun(text)] });
  return new Document({ sections: [{ children: [new Paragraph({ children: [link('One', 'https://example.org/1'), link('Two', 'https://example.org/2')] })] }] });
}

async function packedAt(moment: string): Promise<Buffer> {
  vi.setSystemTime(new Date(moment));
  return Packer.toBuffer(linkedDocument());
}

function part(docx: Uint8Array, path: string): string {
  const entry = readZip(docx).find((candidate) => candidate.path === path);
  return Buffer.from(entry?.data ?? []).toString('utf8');
}

describe('reproducibleDocx', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('docx alone differs from one packing to the next; repacked, it does not', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const first = await packedAt('2021-01-01T08:00:00Z');
    const second = await packedAt('2031-07-15T17:45:13Z');
    expect(second.equals(first)).toBe(false);
    expect(reproducibleDocx(second, FIXED).equals(reproducibleDocx(first, FIXED))).toBe(true);
  });

  test('hyperlink ids are numbered in order, in the relationships and in the document alike', async () => {
    const docx = reproducibleDocx(await Packer.toBuffer(linkedDocument()), FIXED);
    const relationships = part(docx, 'word/_rels/document.xml.rels');
    expect(relationships).toContain('Id="rIdOrdered1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/1"');
    expect(relationships).toContain('Id="rIdOrdered2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/2"');
    const documentXml = part(docx, 'word/document.xml');
    expect([...documentXml.matchAll(/r:id="([^"]+)"/g)].map((match) => match[1])).toEqual(['rIdOrdered1', 'rIdOrdered2']);
  });
});

describe('reproducibleDocx: core properties', () => {
  test('created and modified carry the fixed date, the rest is kept', async () => {
    const packed = await Packer.toBuffer(new Document({ title: 'Plan', sections: [{ children: [] }] }));
    const coreXml = part(reproducibleDocx(packed, FIXED), 'docProps/core.xml');
    expect(coreXml).toContain('<dc:title>Plan</dc:title>');
    expect(coreXml).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-04-01T09:30:00Z</dcterms:created>');
    expect(coreXml).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-01T09:30:00Z</dcterms:modified>');
  });
});

describe('randomRelationshipIds', () => {
  test("leaves docx's counted rIdN ids alone, in file order", () => {
    const xml = '<Relationships><Relationship Id="rId1"/><Relationship Id="rIdx7_k-q"/><Relationship Id="rId12"/><Relationship Id="rIdabc"/></Relationships>';
    expect(randomRelationshipIds(xml)).toEqual(['rIdx7_k-q', 'rIdabc']);
  });
});
