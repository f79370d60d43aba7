// Offline and private: works offline after one load, talks only to its own
// origin, stores nothing unless asked, and "Alles wissen" clears everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, cp, appendFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBrowser, openPage, typeInto, dataValue, serveDist, dist } from './harness.mjs';

const env = withBrowser();

test('after one load the calculator works offline', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  // Wait until the service worker controls the page (it claims on activate).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await typeInto(page, '#hours', '16');
  await page.waitForFunction(() => document.querySelector('#answer')?.textContent.includes('16'));
  assert.match((await dataValue(page, '#total')) ?? '', /^\d+\.\d\d$/);
  await context.close();
});

test('every request stays on the page origin', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  context.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.goto(env.server.url);
  await page.waitForSelector('body[data-ready="true"]');
  await typeInto(page, '#hours', '20');
  await page.waitForFunction(() => document.querySelector('#answer')?.textContent.includes('20'));
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // Every request the page makes is done once the network is idle.
  await page.waitForLoadState('networkidle');
  const own = new URL(env.server.url).origin;
  assert.deepEqual([...origins].filter((o) => o !== own), []);
  await context.close();
});

async function storageState(page) {
  return page.evaluate(() => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
  }));
}

test('nothing is stored unless "Onthoud" is ticked; "Alles wissen" clears all', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await typeInto(page, '#hours', '18');
  await typeInto(page, '#wage', '16,50');
  assert.deepEqual(await storageState(page), { cookie: '', local: 0, session: 0 });
  assert.equal(await page.isChecked('#remember'), false, 'off by default');

  await page.check('#remember');
  await typeInto(page, '#hours', '19');
  // Wait until the remembered copy holds the 19 hours typed, not just anything.
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes('19')),
  );
  // Remembered inputs come back on a new visit without a link.
  const again = await context.newPage();
  await again.goto(env.server.url);
  await again.waitForSelector('body[data-ready="true"]');
  assert.equal((await again.inputValue('#hours')).replace('.', ','), '19');
  await again.close();

  await page.click('#clear-all');
  await page.waitForFunction(() => localStorage.length === 0 && sessionStorage.length === 0);
  assert.deepEqual(await storageState(page), { cookie: '', local: 0, session: 0 });
  assert.equal(new URL(page.url()).hash, '', 'the link no longer carries the inputs');
  assert.equal(await page.inputValue('#wage'), '', 'the wage is back to the minimum wage');
  assert.equal(await page.isChecked('#remember'), false);
  await context.close();
});

test('the privacy text says what happens, in both languages', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  const nl = await page.textContent('#privacy');
  assert.match(nl, /apparaat/);
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('#privacy'), /device/);
  await context.close();
});

test('a new build is announced: "a newer version is ready" and it loads on request', async () => {
  // Serve a copy of dist/, load it once, then "deploy" a new build by
  // changing its sw.js, as every real build does (its version changes).
  const dir = await mkdtemp(join(tmpdir(), 'rekenhulp-dist-'));
  await cp(dist, dir, { recursive: true });
  const copy = await serveDist({ dir });
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(copy.url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
    }
  });
  await appendFile(join(dir, 'sw.js'), '\n// next build\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('#update-banner', { timeout: 15000 });
  assert.match(await page.textContent('#update-banner'), /nieuwe versie/);
  await Promise.all([page.waitForEvent('load'), page.click('#update-banner button')]);
  await page.waitForSelector('body[data-ready="true"]');
  // The banner is a live region that is always there, empty until there is news.
  assert.equal(await page.$('#update-banner button'), null, 'the new version is running');
  assert.equal((await page.textContent('#update-banner')).trim(), '');
  await context.close();
  await copy.close();
  await rm(dir, { recursive: true, force: true });
});
