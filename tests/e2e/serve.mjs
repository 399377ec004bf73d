// A tiny static file server for the built widget, bound to 127.0.0.1 on a free port. Used by the
// end-to-end tests so they exercise exactly the files a news site would host.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

/**
 * Serves `dir` at `/`, each `mounts` entry (URL prefix → directory) under its prefix, and adds the
 * `headers` entry (exact path → headers) to that path's response. Options:
 * - `handlers`: exact path → `(req, res, server) => …` answering that path itself;
 * - `brotli`: compress responses as a CDN would (Content-Encoding: br) when the browser accepts it;
 * - `port`: a fixed port (default: any free one).
 * Every request's path is recorded in `requests`, in order.
 */
export async function serveDir(dir, mounts = {}, headers = {}, { handlers = {}, brotli = false, port: fixed = 0 } = {}) {
  const requests = [];
  // Brotli at quality 11 takes about a second of CPU for the wasm: each file is compressed once
  // (again when it changes), so the server does not compete with the browser on every request.
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (handlers[path]) { handlers[path](req, res, server); return; }
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const root = resolve(prefix ? mounts[prefix] : dir);
    const rest = prefix ? path.slice(prefix.length - 1) : path;
    const file = normalize(join(root, rest.endsWith('/') ? rest + 'index.html' : rest));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      let body = await readFile(file);
      const head = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(headers[path] ?? {}) };
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        const { mtimeMs, size } = await stat(file);
        const stamp = `${mtimeMs}:${size}`;
        let cached = compressed.get(file);
        if (cached?.stamp !== stamp) {
          cached = { stamp, body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) };
          compressed.set(file, cached);
        }
        body = cached.body;
        head['content-encoding'] = 'br';
      }
      res.writeHead(200, head).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  // A request that is never answered would keep close() waiting: end every socket on close.
  const sockets = new Set();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((ok) => server.listen(fixed, '127.0.0.1', ok));
  const port = server.address().port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    requests,
    close: () => new Promise((ok) => { for (const s of sockets) s.destroy(); server.close(ok); }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (connections to it are refused). */
export async function closedPort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}
