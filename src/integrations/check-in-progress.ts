/**
 * A build checks the content (content-check.ts) on another thread while Astro's loaders read it
 * (content.config.ts). The loaders, which Astro loads as separate modules, learn of the check through a
 * global.
 */
import type { Loader } from 'astro/loaders';

const CHECK_IN_PROGRESS = Symbol.for('plansite.content-check');
type WithCheck = typeof globalThis & { [CHECK_IN_PROGRESS]?: Promise<void> };

export function setCheckInProgress(check: Promise<void> | undefined): void {
  (globalThis as WithCheck)[CHECK_IN_PROGRESS] = check;
}

/**
 * Settles once the check has passed. If it found problems, it has reported them and stopped the build, so
 * this never settles. Settles at once when no check is running (the dev server checks before it starts).
 */
export function contentCheckPassed(): Promise<void> {
  return (globalThis as WithCheck)[CHECK_IN_PROGRESS] ?? Promise.resolve();
}

/**
 * The loader, holding back its failure and anything it has to say until the content check has passed:
 * content the check finds fault with is then reported in the check's words (and the build stops there),
 * not in Astro's.
 */
export function afterContentCheck(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const heldBack: Array<() => void> = [];
      const logger = Object.create(context.logger, {
        info: { value: (message: string) => heldBack.push(() => context.logger.info(message)) },
        warn: { value: (message: string) => heldBack.push(() => context.logger.warn(message)) },
        error: { value: (message: string) => heldBack.push(() => context.logger.error(message)) },
      }) as typeof context.logger;
      try {
        await loader.load({ ...context, logger });
      } finally {
        await contentCheckPassed();
        for (const say of heldBack) say();
      }
    },
  };
}
