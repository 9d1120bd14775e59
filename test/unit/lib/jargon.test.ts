import { describe, expect, test } from 'vitest';
import { decodeText, explainJargon, unexplainedAbbreviations } from '../../../src/lib/jargon';

const glossary = [
  { id: 'girfec', term: 'GIRFEC', expansion: 'Getting it right for every child' },
  { id: 'camhs', term: 'CAMHS', expansion: 'Child and Adolescent Mental Health Services' },
  { id: 'camhs', term: 'CAHMS', expansion: 'Child and Adolescent Mental Health Services' },
  { id: 'kinship-care', term: 'kinship care' },
  { id: 'tier-2', term: 'Tier 2', expansion: 'Early help "tier"' },
];
const page = (main: string) => `<html><head><title>GIRFEC</title></head><body><nav>GIRFEC</nav><main>${main}</main><footer>GIRFEC</footer></body></html>`;
const explain = (main: string) => explainJargon(page(main), glossary, '/glossary/');

describe('explainJargon', () => {
  test('explains only the first use on the page, with the expansion linked to the glossary', () => {
    expect(explain('<p>The GIRFEC approach.</p><p>More GIRFEC.</p>')).toBe(
      page('<p>The <abbr title="Getting it right for every child">GIRFEC</abbr> <span class="ps_term">(<a href="/glossary/#girfec">Getting it right for every child</a>)</span> approach.</p><p>More GIRFEC.</p>'),
    );
  });

  test('leaves links, the page title and text outside main alone, and explains the next use', () => {
    const result = explain('<h1>GIRFEC</h1><p><a href="/x/">GIRFEC plan</a> and GIRFEC.</p>');
    expect(result).toContain('<h1>GIRFEC</h1><p><a href="/x/">GIRFEC plan</a> and <abbr');
    expect(result).toContain('<nav>GIRFEC</nav>');
    expect(result).toContain('<footer>GIRFEC</footer>');
    expect(result).toContain('<title>GIRFEC</title>');
  });

  test('leaves cards alone, because the whole card is one link', () => {
    expect(explain('<ul><li class="ds_category-item"><p>GIRFEC</p></li></ul><p>GIRFEC</p>')).toContain('<li class="ds_category-item"><p>GIRFEC</p></li></ul><p><abbr');
  });

  test('in a heading, links the term and reads out its expansion without showing it; running text still explains it', () => {
    const result = explain('<h2>About GIRFEC</h2><p>GIRFEC again.</p><h3>GIRFEC</h3>');
    expect(result).toContain(
      '<h2>About <a class="ps_term" href="/glossary/#girfec"><abbr title="Getting it right for every child">GIRFEC</abbr><span class="visually-hidden"> (Getting it right for every child)</span></a></h2>',
    );
    expect(result).toContain('<p><abbr title="Getting it right for every child">GIRFEC</abbr> <span class="ps_term">(');
    expect(result).toContain('<h3>GIRFEC</h3>');
  });

  test('does not repeat an expansion the author already wrote; links the term instead', () => {
    expect(explain('<p>Getting it right for every child (GIRFEC) matters.</p>')).toContain(
      '<p>Getting it right for every child (<a class="ps_term" href="/glossary/#girfec"><abbr title="Getting it right for every child">GIRFEC</abbr></a>) matters.</p>',
    );
  });

  test('matches whole words only, abbreviations exactly, and other terms with or without a capital', () => {
    expect(explain('<p>GIRFECS and girfec.</p>')).toBe(page('<p>GIRFECS and girfec.</p>'));
    expect(explain('<p>Kinship care helps.</p>')).toContain('<a class="ps_term" href="/glossary/#kinship-care">Kinship care</a> helps.');
  });

  test('a misspelling listed as an alias counts as the term, so the term is explained once', () => {
    const result = explain('<p>CAHMS first, then CAMHS.</p>');
    expect(result.match(/<abbr/g)).toHaveLength(1);
    expect(result).toContain('<abbr title="Child and Adolescent Mental Health Services">CAHMS</abbr>');
  });

  test('escapes the expansion and keeps entities in the text as they were', () => {
    const result = explain('<p>Tom &amp; Jerry at Tier 2.</p>');
    expect(result).toContain('Tom &amp; Jerry at <abbr title="Early help &quot;tier&quot;">Tier 2</abbr>');
    expect(result).toContain('(<a href="/glossary/#tier-2">Early help &quot;tier&quot;</a>)');
  });

  test('changes nothing when there is no main or no glossary', () => {
    const html = '<html><body><p>GIRFEC</p></body></html>';
    expect(explainJargon(html, glossary, '/glossary/')).toBe(html);
    expect(explainJargon(page('<p>GIRFEC</p>'), [], '/glossary/')).toBe(page('<p>GIRFEC</p>'));
  });
});

describe('terms are found in the text readers see, not in the HTML', () => {
  const terms = [
    { id: 'amp', term: 'amp', expansion: 'Ampere' },
    { id: 'a-and-e', term: 'A&E', expansion: 'Accident and emergency' },
    { id: 'bracket', term: ']x' },
    { id: 'nbsp', term: 'nbsp' },
  ];

  test('a term never matches inside an entity, so "&amp;" and "&nbsp;" stay whole', () => {
    const result = explainJargon(page('<p>Fish &amp; chips&nbsp;here.</p>'), terms, '/glossary/');
    expect(result).toContain('<p>Fish &amp; chips&nbsp;here.</p>');
  });

  test('a term with & in it is found where the page escapes it as &amp;', () => {
    const result = explainJargon(page('<p>Visits to A&amp;E fell.</p>'), terms, '/glossary/');
    expect(result).toContain('<abbr title="Accident and emergency">A&amp;E</abbr> <span class="ps_term">(<a href="/glossary/#a-and-e">Accident and emergency</a>)</span> fell.');
  });

  test('a term that starts with a character special in patterns is matched as written', () => {
    expect(() => explainJargon(page('<p>A ]x here.</p>'), terms, '/glossary/')).not.toThrow();
  });

  test('decodeText maps each character of the text back to the HTML', () => {
    const text = decodeText('a&amp;b&#233;c');
    expect(text.value).toBe('a&béc');
    expect([text.start(1), text.end(1), text.start(3), text.end(3)]).toEqual([1, 6, 7, 13]);
  });
});

describe('unexplainedAbbreviations', () => {
  test('finds words in capitals the glossary does not know, once each, with their first line', () => {
    const text = 'title: "The CPC plan"\ndescription: "GIRFEC and CPC and R4L"\nlead: "NHS"';
    expect(unexplainedAbbreviations(text, new Set(['GIRFEC', 'NHS']))).toEqual([
      { word: 'CPC', line: 1 },
      { word: 'R4L', line: 2 },
    ]);
  });

  test('ignores single capitals, ordinary words, mixed case, web and email addresses', () => {
    const text = 'A Plan for Moray. I said eIRD and Q1. See https://www.GOV.UK/PAGE or HELLO@example.com.';
    expect(unexplainedAbbreviations(text, new Set())).toEqual([]);
  });
});

test('a term already in brackets is explained without a second pair: "(RAG: Red, amber, green)"', () => {
  const result = explainJargon('<main><p>Latest status (RAG): green</p></main>', [{ id: 'rag', term: 'RAG', expansion: 'Red, amber, green' }], '/glossary/');
  expect(result).toContain('(<abbr title="Red, amber, green">RAG</abbr><span class="ps_term">: <a href="/glossary/#rag">Red, amber, green</a></span>)');
});
