// A claimant opening the page in January 2027, when no 2027 amounts are
// published: the date field shows the real date, the answer is the engine's
// (with the amounts of 1 July 2026), and a notice near the answer says so
// and says the earnings rules change — in Dutch and English, with no axe
// violations. The clock is fixed with Playwright's page.clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openPage, engine, dataValue, screenshot, axeViolations } from './harness.mjs';

const env = withBrowser();
const january = new Date('2027-01-15T10:00:00');

const texts = {
  nl: {
    carried: 'De bedragen voor 2027 zijn nog niet verwerkt. Wij rekenen met de bedragen van 1 juli 2026.',
    change: 'Vanaf 1 januari 2027 veranderen de regels voor bijverdienen.',
  },
  en: {
    carried: 'The amounts for 2027 are not in this calculator yet. We use the amounts of 1 July 2026.',
    change: 'From 1 January 2027 the rules for earning on bijstand change.',
  },
};

for (const lang of ['nl', 'en']) {
  test(`on 15 January 2027 the page says which amounts it uses (${lang})`, async () => {
    const { context, page, errors } = await openPage(env.browser, env.server.url, { now: january });
    if (lang === 'en') {
      await page.click('#lang-switch');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
    }
    assert.equal(await page.inputValue('#date'), '2027-01-15');
    const hours = (await page.inputValue('#hours')).replace(',', '.');
    const expected = engine({ date: '2027-01-15', hours_per_week: hours });
    assert.equal(expected.parameters_from, '2026-07-01');
    await page.waitForFunction(
      (v) => document.querySelector('#total')?.getAttribute('data-value') === v,
      expected.total,
    );
    const carried = page.locator('#date-notice [data-notice="amounts_carried_forward"]');
    assert.ok(await carried.isVisible());
    assert.equal((await carried.textContent()).trim(), texts[lang].carried);
    const change = page.locator('#date-notice [data-notice="earnings_rules_change"] summary');
    assert.ok(await change.isVisible());
    assert.ok((await change.textContent()).includes(texts[lang].change));
    assert.equal(await dataValue(page, '#parameter-date'), '2026-07-01');

    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `january-2027-${lang}.png`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('in November 2026 there is no notice; a date typed in 2027 brings it', async () => {
  const { context, page } = await openPage(env.browser, env.server.url, {
    now: new Date('2026-11-20T10:00:00'),
  });
  assert.equal(await page.inputValue('#date'), '2026-11-20');
  assert.equal(await page.locator('#date-notice').count(), 0);
  await page.fill('#date', '2027-02-01');
  await page.dispatchEvent('#date', 'change');
  await page.waitForSelector('#date-notice [data-notice="amounts_carried_forward"]');
  const hours = (await page.inputValue('#hours')).replace(',', '.');
  const expected = engine({ date: '2027-02-01', hours_per_week: hours });
  await page.waitForFunction(
    (v) => document.querySelector('#total')?.getAttribute('data-value') === v,
    expected.total,
  );
  await context.close();
});
