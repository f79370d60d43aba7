// axe-core in real Chromium: zero violations, in Dutch and English, at 360 px
// and 1280 px, with the details sections open so their content is checked too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openPage, axeViolations } from './harness.mjs';

const env = withBrowser();

// The default page, a week inside the dip (its words in the answer),
// someone under 27 (the premie left out, with the what-if),
// and a link read in part (its status message above the form).
const scenarios = {
  default: '',
  dip: '#hours_per_week=22',
  'under 27': '#hours_per_week=8&age=21-26',
  'link read in part': '#hours_per_week=12&wage=abc&household=nonsense',
};

for (const lang of ['nl', 'en']) {
  for (const width of [360, 1280]) {
    for (const [name, fragment] of Object.entries(scenarios)) {
    test(`no axe violations in ${lang} at ${width} px: ${name}`, async () => {
      const { context, page } = await openPage(env.browser, env.server.url + fragment, { width });
      if (lang === 'en') {
        await page.click('#lang-switch');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
    }
  }
}
