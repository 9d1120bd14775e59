import { expect, test } from 'vitest';
import { editorAddress } from '../../../src/cli/edit';

test('npm run edit reads the editor’s address from the dev server’s "Local" line, under its base path', () => {
  expect(editorAddress(' astro  v7.3.5 ready in 7142 ms\n┃ Local    http://localhost:4321/\n┃ Network  use --host to expose\n')).toBe('http://localhost:4321/admin/');
  expect(editorAddress('┃ Local    http://127.0.0.1:4455/plans/\n')).toBe('http://127.0.0.1:4455/plans/admin/');
  expect(editorAddress('[content] Syncing content\n')).toBeUndefined();
});
