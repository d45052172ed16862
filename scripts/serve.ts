/**
 * Serves the built site (dist/) the way a static host would: clean URLs with trailing
 * slashes, the 404 page, and the response headers declared in dist/_headers (CSP included),
 * so what is tested locally is what is deployed.
 *
 *   node scripts/serve.ts [--port 4321] [--host 127.0.0.1]
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Reads a Netlify/Cloudflare-style `_headers` file: a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, headers: [] });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules[rules.length - 1];
    if (rule && at > 0) rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

export function startServer(dir: string, port: number, host = '127.0.0.1', basePath = '/'): Promise<Server> {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const requestPath = decodeURIComponent(url.pathname);
    if (`${requestPath}/` === base) {
      response.writeHead(301, { Location: base });
      response.end();
      return;
    }
    if (!requestPath.startsWith(base)) return send(404, join(root, '404.html'));
    const pathname = `/${requestPath.slice(base.length)}`;
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) return send(403, null);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (existsSync(file) && statSync(file).isFile()) return send(200, file);
    return send(404, join(root, '404.html'));

    // Rules match the full URL path, base included, as on a host that serves the site under it.
    function send(status: number, path: string | null) {
      const headers: Record<string, string> = {};
      for (const rule of rules) if (rule.pattern.test(requestPath)) for (const [name, value] of rule.headers) headers[name] = value;
      if (!path || !existsSync(path)) {
        response.writeHead(status, headers);
        response.end();
        return;
      }
      headers['Content-Type'] = TYPES[extname(path)] ?? 'application/octet-stream';
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : readFileSync(path));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const port = Number(arg('port') ?? process.env.PORT ?? 4321);
  const host = arg('host') ?? '127.0.0.1';
  const base = process.env.BASE_PATH ?? '/';
  const dist = resolve(fileURLToPath(new URL('..', import.meta.url)), 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/ has no built site; run `npm run build` first.');
    process.exit(1);
  }
  const server = await startServer(dist, port, host, base);
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`后端面试知识库 is being served at http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}${base}`);
}
