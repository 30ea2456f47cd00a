// `npm start`: build, then serve the demo on localhost and print the URL. One server: the demo pages
// (demo/ at the root: `/` is demo/index.html, `/gallery.html`, `/playground.html`, `/cdn.html`,
// `/csp.html`), the build (`/dist/`), and the demo's ChatKit endpoint (`POST /chatkit`), a scripted
// assistant (demo/server) running on the built server kit.
//   --no-build   serve what is already built
//   OUT_DIR=dir  build into (and serve /dist/ from) dir instead of dist/ (it must be able to
//                resolve this repo's node_modules, e.g. a directory inside the repo)
//   PORT=5173    the port
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSP_POLICY, isCspPage } from '../demo/csp/policy.mjs';
import { createDemoNodeHandler } from '../demo/server/node.mjs';

const root = resolve('.');
const outDir = resolve(process.env.OUT_DIR ?? 'dist');
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
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

if (!process.argv.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

// The demo server runs on the built package, as an app depending on chatkit-widgets would.
const importBuilt = (path) => import(pathToFileURL(join(outDir, path)).href);
const kit = await importBuilt('server/node.js');
const { WidgetTemplate } = await importBuilt('template/index.js');
const demo = await createDemoNodeHandler({ kit, WidgetTemplate });

/** The file a URL path names, or undefined when it is outside the served directories. */
function fileFor(path) {
  const mounts = [
    ['/dist/', outDir],
    ['/demo/', join(root, 'demo')],
    ['/node_modules/', join(root, 'node_modules')],
    ['/', join(root, 'demo')],
  ];
  const [prefix, dir] = mounts.find(([candidate]) => path.startsWith(candidate));
  const rest = path.slice(prefix.length);
  const file = normalize(join(dir, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
  return file.startsWith(dir + sep) ? file : undefined;
}

const server = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
    return;
  }
  if (path === '/chatkit' || path === '/demo/chatkit') {
    demo.handler(req, res);
    return;
  }
  const file = fileFor(path);
  let size = -1;
  try {
    size = file && statSync(file).isFile() ? statSync(file).size : -1;
  } catch {}
  if (size < 0 || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(size < 0 ? 404 : 405, { 'content-type': 'text/plain' }).end(size < 0 ? 'Not found' : 'Method not allowed');
    return;
  }
  const demoDir = join(root, 'demo');
  const inDemo = file.startsWith(demoDir + sep);
  const csp = inDemo && isCspPage(`/demo/${file.slice(demoDir.length + 1).split(sep).join('/')}`) ? { 'content-security-policy': CSP_POLICY } : {};
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-cache', ...csp });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

const port = Number(process.env.PORT ?? 5173);
server.listen(port, '127.0.0.1', () => {
  const url = `http://localhost:${port}/`;
  console.log(`chatkit-widgets demo: ${url}`);
  console.log(`  also: ${url}gallery.html · ${url}playground.html · ${url}cdn.html · ${url}csp.html · ChatKit endpoint: POST ${url}chatkit`);
});
