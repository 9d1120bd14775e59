import { describe, expect, test } from 'vitest';
import { parseStatusMap, readActionStatus, readRag, statusWordsMessage } from '../../../../src/lib/import/status-words';

describe('an action’s status, in the words councils use', () => {
  test.each([
    ['Not started', 'not started'],
    ['Planned', 'not started'],
    ['In progress', 'in progress'],
    ['On track', 'in progress'],
    ['Ongoing', 'in progress'],
    ['Under way', 'in progress'],
    ['COMPLETE', 'complete'],
    ['Completed.', 'complete'],
    ['Achieved', 'complete'],
    ['Delivered', 'complete'],
    ['On hold', 'on hold'],
    ['Paused', 'on hold'],
    ['Deferred', 'on hold'],
    ['Done-ish', undefined],
    ['Green', undefined],
  ])('"%s" is %s', (word, status) => {
    expect(readActionStatus(word)).toBe(status);
  });

  test('the officer’s own words (--status) come first', () => {
    const { map } = parseStatusMap('On target=in progress, Slipping=on hold, Green=complete');
    expect(readActionStatus('on target', map)).toBe('in progress');
    expect(readActionStatus('Slipping', map)).toBe('on hold');
    expect(readActionStatus('GREEN', map)).toBe('complete');
    expect(readActionStatus('Done', map)).toBe('complete');
  });

  test('a word the import does not know is a message that lists the four and suggests --status', () => {
    expect(statusWordsMessage('Done-ish')).toBe(
      'the status "Done-ish" is not one the import knows for an action. An action\'s status is one of: not started (or "not yet started"), in progress (or "on track"), complete (or "completed"), on hold (or "paused"). Write one of those, or say what your word means with --status "Done-ish=in progress" (or not started, complete, on hold).',
    );
  });

  test('a RAG colour given as an action’s status is named as one, and never guessed', () => {
    expect(readActionStatus('Amber')).toBeUndefined();
    expect(statusWordsMessage('Amber')).toBe(
      'the status "Amber" is a RAG colour, and an action\'s status on the site is one of: not started (or "not yet started"), in progress (or "on track"), complete (or "completed"), on hold (or "paused"). Say what each of your colours means for an action with --status, for example --status "Amber=in progress", or write one of those words.',
    );
  });
});

describe('an outcome’s RAG colour', () => {
  test.each([
    ['Red', 'red'],
    ['R', 'red'],
    ['Amber', 'amber'],
    ['a', 'amber'],
    ['At risk', 'amber'],
    ['GREEN', 'green'],
    ['G', 'green'],
    ['On track', 'green'],
    ['Blue', undefined],
  ])('"%s" is %s', (word, rag) => {
    expect(readRag(word)).toBe(rag);
  });
});

describe('parseStatusMap', () => {
  test('reads each word and meaning', () => {
    expect(parseStatusMap('On target=in progress,Slipping = On Hold')).toEqual({
      map: new Map([
        ['On target', 'in progress'],
        ['Slipping', 'on hold'],
      ]),
      problems: [],
    });
    expect(parseStatusMap(undefined)).toEqual({ map: new Map(), problems: [] });
  });

  test.each(['Slipping=late', 'Slipping', '=complete', 'Finished=completed', 'Finished=done'])('"%s" is a problem that says how to write it', (text) => {
    expect(parseStatusMap(text).problems).toEqual([
      `--status "${text}" should be your word, then =, then one of: not started, in progress, complete, on hold. For example --status "On target=in progress".`,
    ]);
  });
});
