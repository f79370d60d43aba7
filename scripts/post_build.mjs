// Trunk post_build hook: makes the built page offline-capable and locks it down.
// 1. Writes sw.js from assets/sw.js with the exact list of built files (Trunk's
//    hashed names) and a version derived from their contents, so a new build
//    is a new service worker and the page can say "a newer version is ready".
// 2. Minifies the JavaScript (wasm-bindgen's glue and register-sw.js;
//    Trunk's own minify covers the HTML and CSS only): fewer bytes on a phone.
// 3. Puts the first screen's frame (header and form, no amounts; written by
//    `cargo run --example prerender`) into the body, inert, so a slow phone
//    shows it before the app has loaded; the app replaces it when it starts.
// 4. Adds a Content-Security-Policy whose script-src allows only our own files
//    and Trunk's inline module loader, by its sha256 hash (no 'unsafe-inline').
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { minify } from 'terser';

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

/** Minifies one script in place; `module` for ES modules (the glue). */
async function minifyFile(path, module) {
  const code = await readFile(path, 'utf8');
  const out = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  await writeFile(path, out.code);
}

const release = process.env.TRUNK_PROFILE === 'release';
if (release) {
  for (const name of await readdir(staging)) {
    if (/^app-[0-9a-f]+\.js$/.test(name)) await minifyFile(join(staging, name), true);
    if (name === 'register-sw.js') await minifyFile(join(staging, name), false);
  }
}

const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');

// Trunk wrote the subresource-integrity hashes before the scripts were
// minified: give each link the hash of the file as it is now.
for (const m of [...html.matchAll(/href="?\/?([^" >]+)"?[^>]*?integrity="?(sha384-[^" >]+)"?/g)]) {
  const body = await readFile(join(staging, m[1]));
  const now = `sha384-${createHash('sha384').update(body).digest('base64')}`;
  html = html.replace(m[2], now);
}

const frame = execFileSync('cargo', ['run', '--quiet', '--example', 'prerender'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (!/<body[^>]*>/i.test(html)) throw new Error('post_build: no <body> for the first screen');
html = html.replace(/<body[^>]*>/i, (tag) => `${tag}<div id="prerender" inert>${frame}</div>`);

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
// After <head>, or (minified HTML leaves out the optional tag) after <html>.
const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
const at = /<head>/i.test(html) ? /<head>/i : /<html[^>]*>/i;
if (!at.test(html)) throw new Error('post_build: no <head> or <html> tag for the CSP');
html = html.replace(at, (tag) => `${tag}${meta}`);
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
// Not minified: small, and its VERSION line stays readable (the update test
// deploys a new version by changing it).
await writeFile(join(staging, 'sw.js'), sw);
console.log(`post_build: CSP with ${hashes.length} script hash(es); sw.js ${version}, ${built.length} files`);
