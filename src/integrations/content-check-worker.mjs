// @ts-check
/**
 * Runs the content check (`reviewContent` in content-check.ts) on a worker thread, so that a build reads
 * the content at the same time on the main thread. The check is TypeScript, loaded through jiti as the
 * npm scripts are.
 */
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
/** @type {typeof import('./content-check')} */
const { reviewContent } = await jiti.import(fileURLToPath(new URL('./content-check.ts', import.meta.url)));
/** @type {{ projectRoot: string }} */
const { projectRoot } = workerData;
parentPort?.postMessage(reviewContent(projectRoot));
