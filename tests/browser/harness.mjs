// Shared set-up for the browser tests: a static server for dist/, headless
// Debian Chromium through playwright-core, and the engine's own answers
// through the `rekenhulp` CLI (so the page is checked against the engine).
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { before, after } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
export const dist = join(root, 'dist');
export const shots = join(root, 'test-output', 'screenshots');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Serves dist/ on a free port; resolves to { url, close }. With `realistic`,
 * it compresses (brotli or gzip) and marks Trunk's hashed files immutable, as
 * a static host would: the benchmark's Lighthouse run uses that. `headers`
 * (path → object) adds response headers per file, e.g. a host's
 * `Cache-Control: max-age=600` on index.html; `log` collects the paths asked for. */
export async function serveDist({ realistic = false, dir = dist, headers: extra = () => ({}), log } = {}) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `trunk build --release` first');
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      log?.push(path);
      const headers = {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        ...extra(path === '/' ? '/index.html' : path),
      };
      if (realistic) {
        const accept = String(req.headers['accept-encoding'] ?? '');
        if (accept.includes('br')) {
          body = brotliCompressSync(body);
          headers['content-encoding'] = 'br';
        } else if (accept.includes('gzip')) {
          body = gzipSync(body, { level: 9 });
          headers['content-encoding'] = 'gzip';
        }
        headers['cache-control'] = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** For a test file: serves dist/ and starts Chromium before its tests and
 * stops both after; `env.server.url` and `env.browser` are set by then. */
export function withBrowser() {
  const env = {};
  before(async () => {
    env.server = await serveDist();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

/** A fresh context and page at the given viewport width; waits for the app.
 * `now` (a Date) fixes the page's clock before it loads (timers keep running). */
export async function openPage(browser, url, { width = 1280, height = 900, now } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  if (now) await page.clock.setFixedTime(now);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { context, page, errors };
}

/** The engine's outcome for a scenario, from the CLI built from the same code. */
export function engine(scenario) {
  // Debug first: `cargo test` in scripts/test.sh has just rebuilt it.
  const bin = ['debug', 'release']
    .map((p) => join(root, 'target', p, 'rekenhulp'))
    .find((p) => existsSync(p));
  if (!bin) throw new Error('build the CLI first: cargo build --release --bin rekenhulp');
  const out = execFileSync(bin, [], { input: JSON.stringify(scenario) + '\n' });
  return JSON.parse(out.toString().trim().split('\n')[0]);
}

/** Today's date on this machine as YYYY-MM-DD (the page's default date). */
export function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export async function screenshot(page, name) {
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: join(shots, name), fullPage: true });
}

/** Types into a field the way a person does and lets the app react. */
export async function typeInto(page, selector, text) {
  await page.fill(selector, '');
  await page.type(selector, text);
  await page.dispatchEvent(selector, 'change');
}

export async function dataValue(page, selector) {
  return page.getAttribute(selector, 'data-value');
}

/** Presses "Kopieer link" and returns the link it made (shown in #share-url):
 * the inputs are never in the address bar, only in this link. */
export async function copiedLink(page) {
  await page.click('#copy-link');
  await page.waitForSelector('#share-url');
  return page.inputValue('#share-url');
}

/** axe-core on the page as it is, every `<details>` opened first: one line
 * per violation (rule, help, where), so an assertion on `[]` says what failed. */
export async function axeViolations(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // The chart's table is drawn once its section is open (after the toggle event).
  if (await page.locator('#chart-section details.table').count()) {
    await page.waitForSelector('#chart-section #chart-table', { state: 'attached' });
  }
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
