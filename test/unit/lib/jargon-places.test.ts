import { describe, expect, test } from 'vitest';
import { noteList, openElement, type OpenElement } from '../../../src/lib/jargon-places';

/** The open elements for a path such as "main > ul > li.ds_category-item > h3 > a". */
function path(elements: string): OpenElement[] {
  const open: OpenElement[] = [];
  for (const step of elements.split(' > ')) {
    const [name, ...classes] = step.split('.');
    const attributes: Record<string, string> = classes.length > 0 ? { class: classes.join(' ') } : {};
    if (name === 'div[hidden]') open.push(openElement('div', { hidden: '' }, open.at(-1)));
    else open.push(openElement(name!, attributes, open.at(-1)));
  }
  return open;
}

/** Which element's list a note lands in, and whether it goes after the element or at its end. */
function noteFor(elements: string): string {
  const open = path(elements);
  const list = noteList(open);
  const index = open.findIndex((element) => element.notesAfter === list || element.notesAtEnd === list);
  return `${open[index]!.notesAfter === list ? 'after' : 'end of'} ${open[index]!.name}`;
}

describe('how a reader meets text', () => {
  test.each([
    ['main > p', 'running'],
    ['main > div > table > tr > td', 'running'],
    ['main > header > h1', 'plain'],
    ['main > section > h2 > span', 'plain'],
    ['main > p > a', 'plain'],
    ['main > ul > li.ds_category-item > p', 'plain'],
    ['main > nav > ul > li', 'plain'],
    ['main > table > caption', 'plain'],
    ['main > dl > div > dt', 'plain'],
    ['main > p > code', 'unread'],
    ['main > div[hidden] > p', 'unread'],
    ['main > h2 > svg', 'unread'],
  ])('%s is %s', (elements, reading) => {
    expect(path(elements).at(-1)!.reading).toBe(reading);
  });

  test('aria-hidden text is not read', () => {
    expect(openElement('span', { 'aria-hidden': 'true' }, undefined).reading).toBe('unread');
  });
});

describe('where a note for a term met in plain text goes', () => {
  test.each([
    ['main > div > header > h1', 'after h1'],
    ['main > section > h2', 'after h2'],
    ['main > div > p > a', 'after p'],
    ['main > ul > li > a', 'end of li'],
    ['main > ul > li > p > a', 'after p'],
    ['main > dl > div > dd > a', 'end of dd'],
    ['main > dl > div > dt', 'after dl'],
    ['main > section > div > table > tbody > tr > th > a', 'after table'],
    ['main > section > table > caption', 'after table'],
    ['main > section > ul > li.ds_category-item > h3 > a', 'after ul'],
    ['main > div > nav > details > ul > li > a', 'after nav'],
    ['main > div > form > div > div > select > option', 'after form'],
    ['main > details > summary', 'after summary'],
    ['main > a > h3', 'end of main'],
  ])('%s: %s', (elements, where) => {
    expect(noteFor(elements)).toBe(where);
  });
});
