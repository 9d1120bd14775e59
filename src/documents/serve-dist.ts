/**
 * Serves a built dist/ on this machine only (127.0.0.1), under the site's base path as its host would,
 * so Chromium can print the pages (and the browser tests open them) with every style sheet, font and
 * image where the pages expect them.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { basePathPrefix } from '../lib/documents/document-pages';

export interface ServedSite {
  /** "http://127.0.0.1:41234" */
  origin: string;
  close: () => Promise<void>;
}

export async function serveDist(distDir: string, basePath = '/'): Promise<ServedSite> {
  const prefix = basePathPrefix(basePath);
  // dev: files are looked up on each request instead of listed at start, which at 100,000 pages takes long.
  const files = sirv(distDir, { dev: true, extensions: ['html'] });
  const notFound = (response: ServerResponse) => {
    response.statusCode = 404;
    response.end('Not found');
  };
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(prefix)) return notFound(response);
    request.url = `/${url.slice(prefix.length)}`;
    files(request, response, () => notFound(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
