import { Worker } from 'node:worker_threads';

/**
 * The Node options of the build that also suit a worker: not those about the build's own script
 * (`--eval` code, `--input-type`), which stop a worker from starting.
 */
export function workerExecArgv(execArgv: string[]): string[] {
  const kept: string[] = [];
  for (let position = 0; position < execArgv.length; position++) {
    const option = execArgv[position]!;
    if (/^(-e|--eval|-p|--print|--input-type)$/.test(option)) position++;
    else if (!/^(--eval|--print|--input-type)=/.test(option)) kept.push(option);
  }
  return kept;
}

/** A worker thread running `script`, with the build's Node options that suit it. */
export function startWorkerThread(script: URL, workerData: unknown): Worker {
  return new Worker(script, { workerData, execArgv: workerExecArgv(process.execArgv) });
}
