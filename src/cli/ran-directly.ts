import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * True when this module is the script node was asked to run (`jiti src/cli/import.ts`), not a module a
 * test or another script imports: so `bench-import.ts` importing import.ts does not also run it.
 */
export function ranDirectly(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
