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

  test('leaves links, the page title and text outside main alone', () => {
    const result = explain('<h1>GIRFEC</h1><p><a href="/x/">GIRFEC plan</a> and GIRFEC.</p>');
    expect(result).toContain('<h1>GIRFEC</h1><p class="ps_item-meta ps_term" data-pagefind-ignore>');
    expect(result).toContain('<p><a href="/x/">GIRFEC plan</a> and GIRFEC.</p>');
    expect(result).toContain('<nav>GIRFEC</nav>');
    expect(result).toContain('<footer>GIRFEC</footer>');
    expect(result).toContain('<title>GIRFEC</title>');
  });

  test('leaves cards alone, because the whole card is one link, and explains their terms after the list', () => {
    expect(explain('<ul><li class="ds_category-item"><p>GIRFEC</p></li></ul><p>GIRFEC</p>')).toContain(
      '<li class="ds_category-item"><p>GIRFEC</p></li></ul><p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Getting it right for every child">GIRFEC</abbr>: <a href="/glossary/#girfec">Getting it right for every child</a>.</p><p>GIRFEC</p>',
    );
  });

  test('leaves every heading as plain text: no glossary link or expansion inside h1 to h6', () => {
    const result = explain('<h2>About GIRFEC</h2><h3>CAMHS</h3><h4>Tier 2</h4><h5>Kinship care</h5><h6>GIRFEC</h6><p>Text.</p>');
    for (const heading of ['<h2>About GIRFEC</h2>', '<h3>CAMHS</h3>', '<h4>Tier 2</h4>', '<h5>Kinship care</h5>', '<h6>GIRFEC</h6>']) expect(result).toContain(heading);
  });

  test('a term used only in the h1 is explained directly under it, with the expansion linked to the glossary', () => {
    expect(explain('<header><h1>GIRFEC systems are in place</h1><dl><dt>Last updated</dt><dd>Today</dd></dl></header><p>Status.</p>')).toBe(
      page(
        '<header><h1>GIRFEC systems are in place</h1>' +
          '<p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Getting it right for every child">GIRFEC</abbr>: <a href="/glossary/#girfec">Getting it right for every child</a>.</p>' +
          '<dl><dt>Last updated</dt><dd>Today</dd></dl></header><p>Status.</p>',
      ),
    );
  });

  test('a term in both the h1 and the text is explained once, under the h1', () => {
    const result = explain('<h1>The GIRFEC approach</h1><p>GIRFEC is how we work.</p><p>GIRFEC again.</p>');
    expect(result.match(/glossary\/#girfec/g)).toHaveLength(1);
    expect(result).toContain('<h1>The GIRFEC approach</h1><p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Getting it right for every child">GIRFEC</abbr>: <a href="/glossary/#girfec">');
    expect(result).toContain('<p>GIRFEC is how we work.</p><p>GIRFEC again.</p>');
  });

  test('a term used only in link text is explained straight after the block that holds the link', () => {
    expect(explain('<ul><li><a href="/x/">Effective GIRFEC systems</a> (action)</li></ul>')).toContain(
      '<li><a href="/x/">Effective GIRFEC systems</a> (action)<p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Getting it right for every child">GIRFEC</abbr>: <a href="/glossary/#girfec">Getting it right for every child</a>.</p></li>',
    );
    expect(explain('<p>See <a href="/x/">the CAMHS page</a>.</p><p>Next.</p>')).toContain('<p>See <a href="/x/">the CAMHS page</a>.</p><p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Child and Adolescent Mental Health Services">CAMHS</abbr>: ');
  });

  test('a term first met in a heading is explained under the heading, and the running text after it is left as written', () => {
    expect(explain('<h2>About GIRFEC</h2><p>GIRFEC again.</p>')).toContain('<h2>About GIRFEC</h2><p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Getting it right for every child">GIRFEC</abbr>: <a href="/glossary/#girfec">Getting it right for every child</a>.</p><p>GIRFEC again.</p>');
  });

  test('running text in the same block as a link explains the term itself, so no note is needed', () => {
    const result = explain('<p><a href="/x/">GIRFEC plan</a> and how GIRFEC works.</p>');
    expect(result).toContain('<a href="/x/">GIRFEC plan</a> and how <abbr title="Getting it right for every child">GIRFEC</abbr> <span class="ps_term">(');
    expect(result).not.toContain('ps_item-meta');
  });

  test('a term with no expansion is explained in the note with its glossary explanation, the term linked', () => {
    const glossaryWithExplanation = [{ id: 'kinship-care', term: 'Kinship care', explanation: 'When a relative looks after a child.' }];
    expect(explainJargon(page('<h1>More kinship care</h1>'), glossaryWithExplanation, '/glossary/')).toContain(
      '<h1>More kinship care</h1><p class="ps_item-meta ps_term" data-pagefind-ignore><a href="/glossary/#kinship-care">Kinship care</a>: When a relative looks after a child.</p>',
    );
  });

  test('a list of cards, a table and the page contents each get one note after them, never inside', () => {
    const cards = explain('<ul><li class="ds_category-item"><h3><a href="/x/">GIRFEC</a></h3><p>About CAMHS</p></li></ul><p>Next.</p>');
    expect(cards).toContain('</li></ul><p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Getting it right for every child">GIRFEC</abbr>: <a href="/glossary/#girfec">Getting it right for every child</a>. <abbr title="Child and Adolescent');
    const table = explain('<table><caption>GIRFEC</caption><tr><th><a href="/x/">CAMHS</a></th><td>1</td></tr></table>');
    expect(table).toContain('</table><p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Getting it right for every child">GIRFEC</abbr>: ');
    const contents = explain('<nav><ul><li><a href="#a">GIRFEC</a></li></ul></nav><h2 id="a">GIRFEC</h2>');
    expect(contents).toContain('</ul></nav><p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Getting it right for every child">GIRFEC</abbr>: ');
    expect(contents.match(/ps_item-meta/g)).toHaveLength(1);
  });

  test('two terms first met in one block share one note, in the order they were met', () => {
    expect(explain('<h1>CAMHS and GIRFEC</h1>')).toContain(
      '<h1>CAMHS and GIRFEC</h1><p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Child and Adolescent Mental Health Services">CAMHS</abbr>: <a href="/glossary/#camhs">Child and Adolescent Mental Health Services</a>. <abbr title="Getting it right for every child">GIRFEC</abbr>: <a href="/glossary/#girfec">',
    );
  });

  test('a note lands in the right place when the HTML leaves end tags out', () => {
    const note = '<p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Getting it right for every child">GIRFEC</abbr>: <a href="/glossary/#girfec">Getting it right for every child</a>.</p>';
    expect(explain('<ul><li><a href="/x/">GIRFEC</a><li>Next</ul>')).toContain(`<li><a href="/x/">GIRFEC</a>${note}<li>Next</ul>`);
    expect(explain('<ul><li><p><a href="/x/">GIRFEC</a></li></ul>')).toContain(`<li><p><a href="/x/">GIRFEC</a>${note}</li></ul>`);
  });

  test('the note escapes what the glossary says', () => {
    const hostile = [{ id: 'x', term: 'Kin <b>care</b>', explanation: 'Said "<script>"' }];
    expect(explainJargon(page('<h1>Kin <b>care</b></h1><h2>Kin &lt;b&gt;care&lt;/b&gt;</h2>'), hostile, '/glossary/')).toContain(
      '<p class="ps_item-meta ps_term" data-pagefind-ignore><a href="/glossary/#x">Kin &lt;b&gt;care&lt;/b&gt;</a>: Said &quot;&lt;script&gt;&quot;.</p>',
    );
  });

  test('a heading or link that writes out the expansion itself needs no note', () => {
    expect(explain('<h2>The Getting it right for every child (GIRFEC) approach</h2><p>GIRFEC again.</p>')).toBe(page('<h2>The Getting it right for every child (GIRFEC) approach</h2><p>GIRFEC again.</p>'));
    // The same words further off do not explain the term.
    const cyp = [{ id: 'cyp', term: 'CYP', expansion: 'Children and young people' }];
    expect(explainJargon(page('<h1>The CYP Partnership will keep children and young people safe</h1>'), cyp, '/glossary/')).toContain('</h1><p class="ps_item-meta ps_term" data-pagefind-ignore><abbr title="Children and young people">CYP</abbr>');
  });

  test('text no one reads (hidden, aria-hidden, code) neither counts as a use nor is changed', () => {
    expect(explain('<div hidden>GIRFEC</div><span aria-hidden="true">GIRFEC</span><code>GIRFEC</code><p>GIRFEC</p>')).toContain(
      '<div hidden>GIRFEC</div><span aria-hidden="true">GIRFEC</span><code>GIRFEC</code><p><abbr title="Getting it right for every child">GIRFEC</abbr> <span class="ps_term">(',
    );
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
