// The page in real headless Chromium: first result, updates, language,
// shareable links, bad input, the chart's markers, and screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openPage, engine, today, screenshot, typeInto, dataValue } from './harness.mjs';

const env = withBrowser();

// The page's defaults: single, 27 to AOW age, minimum wage,
// employer applies the korting, Amsterdam scheme, today's date.
const defaults = () => ({
  date: today(),
  household: 'single',
  age: '27-aow',
  housemates: 0,
  korting_by: 'employer',
  scheme: 'amsterdam',
  vrijlating_n: false,
});

test('first result is visible on load, without typing', async () => {
  const { context, page, errors } = await openPage(env.browser, env.server.url);
  const total = await dataValue(page, '#total');
  assert.match(total ?? '', /^\d+\.\d\d$/, 'total has an amount');
  assert.ok(await page.isVisible('#answer'));
  const hours = await page.inputValue('#hours');
  const expected = engine({ ...defaults(), hours_per_week: hours.replace(',', '.') });
  assert.equal(total, expected.total);
  assert.deepEqual(errors, []);
  await context.close();
});

test('changing hours to 16 shows the engine total for that scenario', async () => {
  const { context, page, errors } = await openPage(env.browser, env.server.url);
  await typeInto(page, '#hours', '16');
  const expected = engine({ ...defaults(), hours_per_week: 16 });
  await page.waitForFunction(
    (v) => document.querySelector('#total')?.getAttribute('data-value') === v,
    expected.total,
  );
  assert.equal(await dataValue(page, '#net-wage'), expected.net_wage);
  assert.equal(await dataValue(page, '#top-up'), expected.top_up);
  assert.equal(await dataValue(page, '#premie'), expected.premie);
  assert.equal(await dataValue(page, '#extra-hour'), expected.extra_hour_gain);
  // The sentence names the hours and the rounded total in Dutch.
  const euros = Math.round(Number(expected.total)).toLocaleString('nl-NL');
  const answer = await page.textContent('#answer');
  assert.match(answer, /16/);
  assert.ok(answer.includes(euros), `answer "${answer}" names € ${euros}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language switch changes the texts and the lang attribute', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  const dutch = await page.textContent('#answer');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const english = await page.textContent('#answer');
  assert.notEqual(english, dutch);
  assert.match(english, /month/i);
  assert.match(await page.textContent('body'), /How do we work this out/i);
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  assert.match(await page.textContent('#answer'), /maand/);
  await context.close();
});

test('a copied link restores every input', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await page.selectOption('#household', 'couple');
  await page.selectOption('#age', '27-aow');
  await typeInto(page, '#hours', '12,5');
  await typeInto(page, '#wage', '15,25');
  await typeInto(page, '#housemates', '1');
  await page.fill('#date', '2025-07-15');
  await page.dispatchEvent('#date', 'change');
  await page.selectOption('#korting-by', 'municipality');
  await page.selectOption('#scheme', 'experiment');
  await page.check('#vrijlating-n');
  const total = await dataValue(page, '#total');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#copy-link');
  const link = await page
    .evaluate(() => navigator.clipboard.readText())
    .catch(() => page.inputValue('#share-url'));
  assert.match(link, /#/, 'the link carries the inputs in the fragment');
  // The link is made for the clipboard and shown on the page; the address
  // bar (and so the browser's history) never holds the inputs.
  assert.equal(await page.inputValue('#share-url'), link);
  assert.equal(new URL(page.url()).hash, '', 'the address holds no inputs');
  assert.equal(new URL(link).search, '', 'nothing goes in the query (sent to a server)');

  const fresh = await openPage(env.browser, link);
  const p = fresh.page;
  assert.equal(await p.inputValue('#household'), 'couple');
  assert.equal((await p.inputValue('#hours')).replace('.', ','), '12,5');
  assert.equal((await p.inputValue('#wage')).replace('.', ','), '15,25');
  assert.equal(await p.inputValue('#housemates'), '1');
  assert.equal(await p.inputValue('#date'), '2025-07-15');
  assert.equal(await p.inputValue('#korting-by'), 'municipality');
  assert.equal(await p.inputValue('#scheme'), 'experiment');
  assert.equal(await p.isChecked('#vrijlating-n'), true);
  assert.equal(await dataValue(p, '#total'), total);
  const expected = engine({
    date: '2025-07-15', household: 'couple', age: '21-aow', housemates: 1,
    hours_per_week: '12.5', hourly_wage: '15.25', korting_by: 'municipality',
    scheme: 'experiment', vrijlating_n: true,
  });
  assert.equal(total, expected.total);
  await fresh.context.close();
  await context.close();
});

for (const bad of ['abc', '-5']) {
  test(`an invalid wage "${bad}" shows a message and keeps the last result`, async () => {
    const { context, page, errors } = await openPage(env.browser, env.server.url);
    await typeInto(page, '#hours', '16');
    // Wait for the engine's total at 16 hours, not for any value: the page may
    // still show the total of "1" (the first key) for a moment.
    const before = engine({ ...defaults(), hours_per_week: 16 }).total;
    await page.waitForFunction(
      (v) => document.querySelector('#total')?.getAttribute('data-value') === v,
      before,
    );
    await typeInto(page, '#wage', bad);
    await page.waitForSelector('#wage-error', { state: 'visible' });
    assert.ok(((await page.textContent('#wage-error')) ?? '').trim().length > 5);
    assert.equal(await page.getAttribute('#wage', 'aria-invalid'), 'true');
    assert.equal(await dataValue(page, '#total'), before, 'last good result stays');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the chart marks the outflow threshold at the engine value', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  const hours = await page.inputValue('#hours');
  const expected = engine({ ...defaults(), hours_per_week: hours.replace(',', '.') });
  assert.ok(expected.outflow_hours, 'the default scenario has an outflow threshold');
  const marker = page.locator('svg#chart [data-marker="outflow"]');
  assert.equal(await marker.getAttribute('data-hours'), expected.outflow_hours);
  assert.equal(await dataValue(page, '#outflow-hours'), expected.outflow_hours);
  assert.equal(
    await page.locator('svg#chart [data-marker="premie-cap"]').getAttribute('data-hours'),
    expected.premie_cap_hours,
  );
  await context.close();
});

test('clicking the chart sets the hours', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  // A notice above it may push the chart partly below the first screen.
  await page.locator('svg#chart').scrollIntoViewIfNeeded();
  const box = await page.locator('svg#chart').boundingBox();
  // Click above the x-axis tick of 30 hours: the page must then show 30 hours.
  const tick = await page.locator('svg#chart text.axis-label').filter({ hasText: /^30$/ }).boundingBox();
  assert.notEqual(await page.inputValue('#hours'), '30');
  await page.mouse.click(tick.x + tick.width / 2, box.y + box.height * 0.5);
  await page.waitForFunction(() => document.querySelector('#hours').value === '30');
  const expected = engine({ ...defaults(), hours_per_week: 30 });
  await page.waitForFunction(
    (v) => document.querySelector('#total')?.getAttribute('data-value') === v,
    expected.total,
  );
  await context.close();
});

test('the chart\'s table is drawn when it is opened, with the engine\'s totals', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  // A closed section: its content is not on the page until it is opened.
  assert.equal(await page.locator('#chart-table').count(), 0);
  await page.click('#chart-section details.table > summary');
  // The row of 16 hours (every whole hour has one); its total is the 4th amount.
  const expected = engine({ ...defaults(), hours_per_week: 16 });
  const row = page.locator('#chart-table tbody tr').filter({ has: page.locator('th', { hasText: /^16$/ }) });
  await row.waitFor();
  const digits = (s) => s.replace(/[^0-9]/g, '');
  assert.equal(digits(await row.locator('td').nth(3).textContent()), digits(expected.total));
  await context.close();
});

test('screenshots at 360 px, 1280 px and the print view', async () => {
  for (const width of [360, 1280]) {
    const { context, page } = await openPage(env.browser, env.server.url, { width });
    await screenshot(page, `page-${width}.png`);
    if (width === 1280) {
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'print.png');
      assert.equal(await page.isVisible('#hours'), false, 'inputs are hidden in print');
      assert.ok(await page.isVisible('#answer'));
    }
    await context.close();
  }
});

// The skip link and "Let op: niet bevestigde bedragen" are in-page links:
// following them keeps every input, and with "Onthoud" ticked the remembered
// copy too (a reload then brings the inputs back).
for (const remember of [false, true]) {
  for (const [name, link, target] of [
    ['the skip link', 'a.skip', '#result'],
    ['the unconfirmed-amounts link', 'a[href="#unconfirmed"]', '#unconfirmed'],
  ]) {
    test(`following ${name} keeps every input${remember ? ' and the remembered copy' : ''}`, async () => {
      const { context, page, errors } = await openPage(env.browser, env.server.url);
      await page.selectOption('#household', 'couple');
      await typeInto(page, '#hours', '12');
      await typeInto(page, '#wage', '16,50');
      const expected = engine({ ...defaults(), household: 'couple', hours_per_week: 12, hourly_wage: '16.50' });
      await page.waitForFunction(
        (v) => document.querySelector('#total')?.getAttribute('data-value') === v,
        expected.total,
      );
      if (remember) {
        await page.check('#remember');
        await page.waitForFunction(() =>
          (localStorage.getItem('rekenhulp.inputs') ?? '').includes('hourly_wage=16.5'),
        );
      }
      await page.focus(link);
      await page.keyboard.press('Enter');
      await page.waitForFunction((t) => location.hash === t, target);
      // The hashchange has been handled once the page has rendered again.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const inputs = async (p) => ({
        hours: await p.inputValue('#hours'),
        wage: await p.inputValue('#wage'),
        household: await p.inputValue('#household'),
        total: await p.getAttribute('#total', 'data-value'),
      });
      const kept = { hours: '12', wage: '16,50', household: 'couple', total: expected.total };
      assert.deepEqual(await inputs(page), kept);
      if (remember) {
        const stored = await page.evaluate(() => localStorage.getItem('rekenhulp.inputs'));
        assert.match(stored, /hours_per_week=12/);
        assert.match(stored, /household=couple/);
        assert.match(stored, /hourly_wage=16\.5/);
        // A reload on the anchor opens with the remembered inputs (the
        // wage as the link writes it: 16,5).
        await page.reload();
        await page.waitForSelector('body[data-ready="true"]');
        assert.deepEqual(await inputs(page), { ...kept, wage: '16,5' });
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('a link read in part keeps what it could read and says so', async () => {
  const { context, page, errors } = await openPage(
    env.browser,
    `${env.server.url}#hours_per_week=12&wage=abc&household=nonsense`,
  );
  await page.waitForFunction(
    () => document.querySelector('#link-status')?.textContent.includes('Een deel van de link kon niet worden gelezen.'),
  );
  assert.equal(await page.getAttribute('#link-status', 'role'), 'status');
  assert.equal(await page.inputValue('#hours'), '12');
  assert.equal(await page.inputValue('#household'), 'single');
  const expected = engine({ ...defaults(), hours_per_week: 12 });
  assert.equal(await dataValue(page, '#total'), expected.total);
  assert.equal(new URL(page.url()).hash, '', 'the link is read, then taken out of the address');
  await screenshot(page, 'link-read-in-part.png');
  // A link pasted into the open page (hashchange), in English.
  await page.evaluate(() => (location.hash = '#hours_per_week=7&household=castle&lang=en'));
  await page.waitForFunction(() => document.querySelector('#hours')?.value === '7');
  await page.waitForFunction(
    () => document.querySelector('#link-status')?.textContent.includes('Part of the link could not be read.'),
  );
  await page.waitForFunction(() => location.hash === '');
  // A whole link says nothing.
  await page.evaluate(() => (location.hash = '#hours_per_week=9&household=couple'));
  await page.waitForFunction(() => document.querySelector('#hours')?.value === '9');
  assert.equal((await page.textContent('#link-status')).trim(), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('following the skip link keeps every input', async () => {
  const { context, page, errors } = await openPage(env.browser, env.server.url);
  await typeInto(page, '#hours', '18');
  await typeInto(page, '#wage', '16,50');
  const expected = engine({ ...defaults(), hours_per_week: 18, hourly_wage: '16.50' });
  await page.waitForFunction(
    (v) => document.querySelector('#total')?.getAttribute('data-value') === v,
    expected.total,
  );
  // The keyboard way: Tab to the skip link first, then Enter.
  await page.focus('a.skip');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#result');
  // The hashchange has been handled once the page has rendered again.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.inputValue('#hours'), '18');
  assert.equal(await page.inputValue('#wage'), '16,50');
  assert.equal(await page.getAttribute('#total', 'data-value'), expected.total);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an ordinary month, the extra months and the dip are the engine values', async () => {
  const { context, page, errors } = await openPage(env.browser, env.server.url);
  await typeInto(page, '#hours', '22');
  const expected = engine({ ...defaults(), hours_per_week: 22 });
  await page.waitForFunction(
    (v) => document.querySelector('#bank-ordinary')?.getAttribute('data-value') === v,
    expected.bank_ordinary_month,
  );
  assert.equal(await dataValue(page, '#total'), expected.total);
  const extras = await page.$$eval('#extra-payments [data-what]', (rows) =>
    rows.map((r) => ({
      month: Number(r.getAttribute('data-month')),
      what: r.getAttribute('data-what'),
      amount: r.querySelector('dd').getAttribute('data-value'),
    })),
  );
  assert.deepEqual(extras, expected.extra_payments);
  // 22 hours lie inside the dip: the limits and the answer say so.
  assert.ok(expected.dip_from_hours !== null, 'the engine has a dip here');
  assert.equal(await page.getAttribute('#dip', 'data-from'), expected.dip_from_hours);
  assert.equal(await page.getAttribute('#dip', 'data-to'), expected.dip_to_hours);
  assert.equal(await dataValue(page, '#dip'), expected.dip_amount);
  assert.ok(await page.isVisible('#in-dip'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('under 27 the premie is left out, with a what-if that includes it', async () => {
  const { context, page, errors } = await openPage(env.browser, env.server.url);
  await typeInto(page, '#hours', '8');
  await page.selectOption('#age', '21-26');
  const without = engine({ ...defaults(), age: '21-26', hours_per_week: 8 });
  await page.waitForFunction(
    (v) => document.querySelector('#total')?.getAttribute('data-value') === v,
    without.total,
  );
  assert.equal(await dataValue(page, '#premie'), '0.00');
  assert.ok(await page.isVisible('#premie-under-27'));
  await page.check('#premie-under-27');
  const withIt = engine({ ...defaults(), age: '21-26', hours_per_week: 8, premie_under_27: true });
  await page.waitForFunction(
    (v) => document.querySelector('#premie')?.getAttribute('data-value') === v,
    withIt.premie,
  );
  assert.ok(Number(withIt.premie) > 0);
  assert.deepEqual(errors, []);
  await context.close();
});
