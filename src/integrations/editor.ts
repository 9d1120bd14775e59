/**
 * The browser editor in `npm run dev` (and `npm run edit`): /admin/ is Decap CMS, its configuration is
 * made from the schemas at each load (src/editor/editor-config.ts), and /api/editor is its local
 * backend (src/editor/local-backend.ts). Only the dev server has them: the built site never does.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminPage } from '../editor/admin-page';
import { editorSetup } from '../editor/editor-config';
import { readEditorSite } from '../editor/editor-site';
import { readFieldHelp } from '../editor/field-help';
import { handleEditorRequest } from '../editor/local-backend';

const decapDist = () => path.dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/**
 * A write to the backend must come from the editor's own page: JSON (which another site cannot send
 * without the browser asking first) from this server's own origin.
 */
function fromTheEditor(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  const json = /^application\/json\b/.test(request.headers['content-type'] ?? '');
  return json && (origin === undefined || origin === `http://${request.headers.host}`);
}

export function editorHandler(projectRoot: string, base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const guide = path.join(projectRoot, 'docs', 'authoring.md');
  return async (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const where = url.pathname.startsWith(root) ? `/${url.pathname.slice(root.length)}` : url.pathname;
    if (where === '/admin' || where === '/admin/') return send(response, 200, 'text/html; charset=utf-8', adminPage(root));
    if (where === '/admin/setup.json') {
      const help = readFieldHelp(existsSync(guide) ? readFileSync(guide, 'utf8') : '');
      const setup = editorSetup(readEditorSite(path.join(projectRoot, 'content')), help, { name: 'proxy', proxy_url: `${root}api/editor/` });
      return send(response, 200, 'application/json', JSON.stringify(setup));
    }
    const decapFile = /^\/admin\/([\w.-]+\.js)$/.exec(where)?.[1];
    if (decapFile && existsSync(path.join(decapDist(), decapFile))) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      return void createReadStream(path.join(decapDist(), decapFile)).pipe(response);
    }
    if (where === '/api/editor/' && request.method === 'POST') {
      if (!fromTheEditor(request)) return send(response, 403, 'application/json', JSON.stringify({ error: 'Only the editor at /admin/ may save.' }));
      const { status, json } = handleEditorRequest(projectRoot, await bodyOf(request));
      return send(response, status, 'application/json', JSON.stringify(json));
    }
    next();
  };
}

export default function editor(): AstroIntegration {
  let projectRoot = process.cwd();
  let base = '/';
  return {
    name: 'plansite:editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(editorHandler(projectRoot, base));
      },
    },
  };
}
