// The whole picture of leaving bijstand in real Chromium: entering a rent
// shows the allowance rows (the engine's values), the chart's allowances
// layer and the list of what changes when bijstand stops, in Dutch and
// English, at 360 px and 1280 px, with no axe violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openPage, engine, today, typeInto, dataValue, axeViolations } from './harness.mjs';

const env = withBrowser();

const scenario = {
  date: today(),
  household: 'single',
  age: '27-aow',
  housemates: 0,
  korting_by: 'employer',
  scheme: 'amsterdam',
  vrijlating_n: false,
  hours_per_week: 14,
  rent: 700,
};

for (const lang of ['nl', 'en']) {
  for (const width of [360, 1280]) {
    test(`a rent shows the allowances, the chart layer and the changes (${lang}, ${width} px)`, async () => {
      const { context, page, errors } = await openPage(env.browser, env.server.url, { width });
      if (lang === 'en') {
        await page.click('#lang-switch');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      await typeInto(page, '#hours', '14');
      await typeInto(page, '#rent', '700');
      const expected = engine(scenario);
      await page.waitForFunction(
        (v) => document.querySelector('#huurtoeslag')?.getAttribute('data-value') === v,
        expected.huurtoeslag,
      );
      assert.equal(await dataValue(page, '#zorgtoeslag'), expected.zorgtoeslag);
      assert.equal(await dataValue(page, '#total-with-allowances'), expected.total_with_allowances);
      assert.ok(await page.isVisible('#allowances-band'), 'the chart has the allowances layer');
      assert.equal(
        await page.getAttribute('[data-marker="better-off-with-allowances"]', 'data-hours'),
        expected.better_off_hours_with_allowances,
      );
      const changes = await page.$$eval('#leaving li', (items) => items.map((li) => li.getAttribute('data-what')));
      assert.deepEqual(changes, expected.changes_at_outflow.map((c) => c.what));
      const huur = expected.changes_at_outflow.find((c) => c.what === 'huurtoeslag');
      if (huur) {
        assert.equal(await page.getAttribute('#leaving li[data-what="huurtoeslag"]', 'data-value'),
          (Number(huur.after) - Number(huur.before)).toFixed(2));
      }
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
