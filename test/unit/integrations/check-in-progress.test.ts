import { afterEach, expect, test } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterContentCheck, setCheckInProgress } from '../../../src/integrations/check-in-progress';

afterEach(() => setCheckInProgress(undefined));

function recordingContext(said: string[]): LoaderContext {
  const logger = { info: (m: string) => said.push(`info: ${m}`), warn: (m: string) => said.push(`warn: ${m}`), error: (m: string) => said.push(`error: ${m}`) };
  return { logger } as unknown as LoaderContext;
}

const failing: Loader = {
  name: 'failing',
  load: async ({ logger }) => {
    logger.warn('Duplicate id "x"');
    throw new Error('data does not match collection schema');
  },
};

test('a loader fails, and says what it had to say, only once the content check has passed', async () => {
  let pass!: () => void;
  setCheckInProgress(new Promise((resolve) => (pass = resolve)));
  const said: string[] = [];
  let failure: unknown;
  const loading = afterContentCheck(failing)
    .load(recordingContext(said))
    .catch((error) => (failure = error));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(failure).toBeUndefined();
  expect(said).toEqual([]);
  pass();
  await loading;
  expect(String(failure)).toContain('data does not match collection schema');
  expect(said).toEqual(['warn: Duplicate id "x"']);
});

test('while a check that found problems stops the build, the loader says nothing', async () => {
  setCheckInProgress(new Promise<void>(() => {}));
  const said: string[] = [];
  let settled = false;
  void afterContentCheck(failing)
    .load(recordingContext(said))
    .finally(() => (settled = true))
    .catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(settled).toBe(false);
  expect(said).toEqual([]);
});

test('with no check running (the dev server checks first), a loader works as it is', async () => {
  const said: string[] = [];
  const loader: Loader = { name: 'working', load: async ({ logger }) => logger.info('loaded 3 entries') };
  await afterContentCheck(loader).load(recordingContext(said));
  expect(said).toEqual(['info: loaded 3 entries']);
  await expect(afterContentCheck(failing).load(recordingContext([]))).rejects.toThrow('data does not match collection schema');
});

test('the loader keeps its name and everything else Astro reads from it', () => {
  const loader: Loader = { name: 'plansite:series', load: async () => {}, schema: undefined };
  expect(afterContentCheck(loader)).toMatchObject({ name: 'plansite:series' });
});
