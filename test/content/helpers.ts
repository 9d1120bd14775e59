import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/integrations/read-content';
import { buildSiteIndex } from '../../src/lib/relations';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The real content in content/, read and indexed the way the build does. */
export function loadRealContent() {
  const { content, problems: fileProblems } = readContent(path.join(projectRoot, 'content'), projectRoot);
  const { index, problems: relationProblems } = buildSiteIndex(content);
  return { content, index, problems: [...fileProblems, ...relationProblems] };
}
