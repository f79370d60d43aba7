// Trunk post_build hook: makes the built page offline-capable and locks it down.
// 1. Writes sw.js from assets/sw.js with the exact list of built files (Trunk's
//    hashed names) and a version derived from their contents, so a new build
//    is a new service worker and the page can say "a newer version is ready".
// 2. Adds a Content-Security-Policy whose script-src allows only our own files
//    and Trunk's inline module loader, by its sha256 hash (no 'unsafe-inline').
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post_build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');

// CSP: hash every inline script exactly as it will be served.
const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '');
html = html.replace(/<head>/i, `<head>\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
await writeFile(indexPath, html);

// Service worker: precache every built file (sw.js itself excluded).
const built = (await files(staging))
  .map((p) => relative(staging, p).split('\\').join('/'))
  .filter((p) => p !== 'sw.js')
  .sort();
const digest = createHash('sha256');
for (const p of built) {
  digest.update(p);
  digest.update(await readFile(join(staging, p)));
}
const version = digest.digest('hex').slice(0, 16);
const template = await readFile(new URL('../assets/sw.js', import.meta.url), 'utf8');
const sw = template
  .replace('__VERSION__', version)
  .replace('__PRECACHE__', JSON.stringify(['./', ...built], null, 1));
await writeFile(join(staging, 'sw.js'), sw);
console.log(`post_build: CSP with ${hashes.length} script hash(es); sw.js ${version}, ${built.length} files`);
