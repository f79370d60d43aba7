// Nothing left behind on a shared computer. With a persistent Chromium
// profile (as on a real laptop), a scenario typed and then cleared with
// "Alles wissen" leaves no trace in the profile's History database: the
// inputs never go into the address bar. A link that was opened does stay
// in the history (the browser recorded the address it was asked to open);
// the test shows exactly that, and the privacy text says so. Every file of
// the profile is searched too (the session that restores tabs keeps form
// values unless the controls have autocomplete="off").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, copyFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist, chromiumArgs, typeInto, engine, today } from './harness.mjs';

/** Every URL in the profile's History database (read from a copy). */
function historyUrls(profile) {
  const db = join(profile, 'Default', 'History');
  assert.ok(existsSync(db), `no History database in ${profile}`);
  const copy = join(profile, 'History-copy.sqlite');
  execFileSync('cp', [db, copy]);
  const out = execFileSync('python3', [
    '-c',
    'import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); ' +
      'print(json.dumps([r[0] for r in c.execute("select url from urls")] + ' +
      '[r[0] for r in c.execute("select term from keyword_search_terms")]))',
    copy,
  ]);
  return JSON.parse(out.toString());
}

/** Files anywhere in the profile that hold one of the texts (UTF-8 or UTF-16). */
function filesWith(profile, texts) {
  const out = execFileSync('python3', [
    '-c',
    `import os,re,sys,json
texts=json.loads(sys.argv[2]); pats=[t.encode() for t in texts]+[t.encode('utf-16-le') for t in texts]
hits=[]
for d,_,fs in os.walk(sys.argv[1]):
  for f in fs:
    p=os.path.join(d,f)
    try: b=open(p,'rb').read()
    except OSError: continue
    # LevelDB's text logs start each line with a time such as
    # 12:21:50.512; "21.5" would match it. Their text is kept and searched.
    if f.startswith('LOG'): b=re.sub(rb'[0-9]{4}/[0-9]{2}/[0-9]{2}-[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]+',b'',b)
    if any(x in b for x in pats): hits.append(os.path.relpath(p,sys.argv[1]))
print(json.dumps(sorted(hits)))`,
    profile,
    JSON.stringify(texts),
  ]);
  return JSON.parse(out.toString());
}

async function openProfile(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

// The values typed, as the form and the link write them.
const typed = ['13,75', '17,35', '13.75', '17.35', '13%2C75', '17%2C35'];
// The values typed, in every way a URL could carry them.
const traces = ['13.75', '13,75', '13%2C75', '17.35', '17,35', '17%2C35', 'hours_per_week', 'hourly_wage', 'couple'];

test('a typed scenario, then "Alles wissen": the profile history holds none of it', async () => {
  const server = await serveDist();
  const profile = await mkdtemp(join(tmpdir(), 'rekenhulp-profile-'));
  try {
    const { context, page } = await openProfile(profile);
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    await page.selectOption('#household', 'couple');
    await typeInto(page, '#hours', '13,75');
    await typeInto(page, '#wage', '17,35');
    const expected = engine({ date: today(), household: 'couple', hours_per_week: '13.75', hourly_wage: '17.35' });
    await page.waitForFunction(
      (v) => document.querySelector('#total')?.getAttribute('data-value') === v,
      expected.total,
    );
    // The skip link, the language and the month view: in-page steps too.
    await page.focus('a.skip');
    await page.keyboard.press('Enter');
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.click('#view-months');
    await page.waitForSelector('#months-table');
    await page.click('#view-main');
    await page.waitForSelector('#answer');
    // "Kopieer link" makes the link without putting it in the address.
    await page.click('#copy-link');
    await page.waitForSelector('#share-url');
    assert.match(await page.inputValue('#share-url'), /hours_per_week=13\.75/);
    assert.equal(new URL(page.url()).hash, '#result', 'only the in-page anchor');
    await page.click('#clear-all');
    await page.waitForFunction(() => document.querySelector('#privacy [role=status]')?.textContent.trim() !== '');
    await context.close();

    const urls = historyUrls(profile);
    console.log(`History after a typed scenario: ${JSON.stringify(urls)}`);

    assert.ok(urls.some((u) => u.startsWith(server.url)), 'the page itself is in the history');
    assert.deepEqual(urls.filter((u) => traces.some((t) => u.includes(t))), []);
    // Nor any other file of the profile: the session that restores tabs
    // keeps form values unless the controls say autocomplete="off".
    assert.deepEqual(filesWith(profile, typed), []);
  } finally {
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('an opened link stays in the history, as the privacy text says', async () => {
  const server = await serveDist();
  const profile = await mkdtemp(join(tmpdir(), 'rekenhulp-profile-'));
  try {
    const { context, page } = await openProfile(profile);
    const link = `${server.url}#hours_per_week=13.75&hourly_wage=17.35`;
    await page.goto(link);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    assert.equal(await page.inputValue('#hours'), '13,75');
    // Read, then taken out of the address bar.
    await page.waitForFunction(() => location.hash === '');
    await typeInto(page, '#hours', '21,5');
    const nl = await page.textContent('#privacy-browser');
    assert.match(nl, /link met een berekening die u opent, staat in de geschiedenis/);
    assert.match(nl, /privévenster/);
    await page.click('#clear-all');
    await page.waitForFunction(() => document.querySelector('#privacy [role=status]')?.textContent.trim() !== '');
    await context.close();

    const urls = historyUrls(profile);
    console.log(`History after an opened link: ${JSON.stringify(urls)}`);
    // Exactly the link that was opened remains; nothing typed after it.
    assert.deepEqual(urls.filter((u) => traces.some((t) => u.includes(t))), [link]);
    assert.deepEqual(urls.filter((u) => ['21,5', '21.5', '21%2C5'].some((t) => u.includes(t))), []);
    // What was typed after opening it is nowhere in the profile.
    assert.deepEqual(filesWith(profile, ['21,5', '21.5', '21%2C5']), []);
  } finally {
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
