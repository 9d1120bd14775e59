import { expect, test } from 'vitest';
import { workerExecArgv } from '../../../src/integrations/worker-thread';

test("workers get the build's Node options except those about its own script, which would stop them starting", () => {
  expect(workerExecArgv(['--input-type=module', '-e', 'await import("astro")', '--max-old-space-size=4096'])).toEqual(['--max-old-space-size=4096']);
  expect(workerExecArgv(['--cpu-prof', '--input-type', 'module', '--eval=1', '-p', '2'])).toEqual(['--cpu-prof']);
  expect(workerExecArgv([])).toEqual([]);
});
