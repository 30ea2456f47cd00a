// `npm start`: build, then serve the demo pages and dist/ on localhost and print the URL.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { CSP_POLICY, isCspPage } from '../demo/csp/policy.mjs';

const root = resolve('.');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.widget': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

if (!process.argv.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(root, path === '/' ? 'demo/gallery.html' : path));
  const allowed = ['demo', 'dist', 'node_modules'].some((dir) => file.startsWith(join(root, dir)));
  let size = -1;
  try {
    size = allowed && statSync(file).isFile() ? statSync(file).size : -1;
  } catch {}
  if (size < 0) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const csp = isCspPage(path) ? { 'content-security-policy': CSP_POLICY } : {};
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, ...csp });
  createReadStream(file).pipe(res);
});

const port = Number(process.env.PORT ?? 5173);
server.listen(port, '127.0.0.1', () => {
  console.log(`chatkit-widgets demo: http://localhost:${port}/`);
});
