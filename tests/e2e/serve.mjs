// A tiny static file server for the built widget, bound to 127.0.0.1 on a free port. Used by the
// end-to-end tests so they exercise exactly the files a news site would host.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

/**
 * Serves `dir` at `/`, each `mounts` entry (URL prefix → directory) under its prefix, and adds the
 * `headers` entry (exact path → headers) to that path's response.
 */
export async function serveDir(dir, mounts = {}, headers = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const root = resolve(prefix ? mounts[prefix] : dir);
    const rest = prefix ? path.slice(prefix.length - 1) : path;
    const file = normalize(join(root, rest.endsWith('/') ? rest + 'index.html' : rest));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(headers[path] ?? {}) }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}
