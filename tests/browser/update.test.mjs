// A new version always arrives, also from a host that lets browsers cache
// index.html for 10 minutes (GitHub Pages sends `Cache-Control: max-age=600`):
// the new service worker fetches its files past the HTTP cache, an open tab
// checks for a new version every 30 minutes and when it comes back into
// view, and the notice is a live region that screen readers announce.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, cp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBrowser, serveDist, dist } from './harness.mjs';

const env = withBrowser();

/** Turns the copy in `dir` into build `name`: a marker in index.html and a
 * new service-worker version, as a real deploy changes them. */
async function deploy(dir, name) {
  const index = join(dir, 'index.html');
  let html = await readFile(index, 'utf8');
  html = html.replace(/<meta name="build" content="[^"]*">\n?/, '');
  html = html.replace('<title>', `<meta name="build" content="${name}">\n  <title>`);
  await writeFile(index, html);
  const sw = join(dir, 'sw.js');
  const code = await readFile(sw, 'utf8');
  await writeFile(sw, code.replace(/const VERSION = '[^']*';/, `const VERSION = 'build-${name}';`));
}

const build = (page) => page.getAttribute('meta[name="build"]', 'content');

test('a second build with max-age=600 on index.html reaches the page after "Nu laden"', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'rekenhulp-dist-'));
  await cp(dist, dir, { recursive: true });
  await deploy(dir, 'A');
  const log = [];
  // Like GitHub Pages: every file that is not content-hashed may be cached for 10 minutes.
  const cached = (p) => !/-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(p);
  const server = await serveDist({
    dir,
    log,
    headers: (p) => (cached(p) ? { 'cache-control': 'max-age=600' } : { 'cache-control': 'max-age=31536000, immutable' }),
  });
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  try {
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
      }
    });
    assert.equal(await build(page), 'A');
    // The notice's live region is on the page before there is any news.
    const banner = page.locator('#update-banner');
    assert.equal(await banner.getAttribute('role'), 'status');
    assert.equal(await banner.getAttribute('aria-live'), 'polite');
    assert.equal((await banner.textContent()).trim(), '');

    // Build B is deployed; 31 minutes later the open tab has found it by itself.
    await deploy(dir, 'B');
    log.length = 0;
    await page.clock.runFor('31:00');
    await page.waitForSelector('#update-banner button', { timeout: 20000 });
    assert.match(await banner.textContent(), /nieuwe versie/);
    assert.ok(log.includes('/index.html') || log.includes('/'), `the new worker fetched the page: ${log}`);
    await Promise.all([page.waitForEvent('load'), page.click('#update-banner button')]);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    assert.equal(await build(page), 'B', 'the second build is on the page');

    // Build C; the tab comes back into view and checks at once.
    await deploy(dir, 'C');
    // (Sent again each second until the notice shows: the reloaded page may
    // still be registering its worker the first time.)
    await page.waitForFunction(
      () => {
        if (document.querySelector('#update-banner button')) return true;
        document.dispatchEvent(new Event('visibilitychange'));
        return false;
      },
      null,
      { polling: 1000, timeout: 20000 },
    );
    await Promise.all([page.waitForEvent('load'), page.click('#update-banner button')]);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    assert.equal(await build(page), 'C');
    // A new tab gets C as well (from the new worker's cache).
    const other = await context.newPage();
    await other.goto(server.url);
    await other.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    assert.equal(await build(other), 'C');
  } finally {
    await context.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
