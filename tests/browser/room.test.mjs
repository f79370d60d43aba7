// "In the room": meeting mode (one screen at 1280×720 and 1920×1080, two
// situations side by side, checked against the engine) and information-day
// mode (clears itself after the chosen minutes without input, with
// Playwright's clock; "Volgende persoon"; nothing stored), and axe in both
// modes and both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openPage, engine, today, screenshot, typeInto, dataValue, copiedLink, axeViolations } from './harness.mjs';

const env = withBrowser();

const base = () => ({ date: today(), household: 'single', age: '27-aow' });

/** The comparison's row: [A, B, difference] as the page's data-values. */
async function compareRow(page, key) {
  return page.$$eval(`#compare-table tr[data-key="${key}"] td`, (tds) => tds.map((td) => td.dataset.value));
}

/** Waits until the comparison's total row shows these three values. */
async function waitForTotals(page, a, b) {
  const diff = (Number(b) - Number(a)).toFixed(2);
  await page.waitForFunction(
    (want) => {
      const tds = [...document.querySelectorAll('#compare-table tr[data-key="total"] td')];
      return tds.map((td) => td.dataset.value).join(' ') === want;
    },
    `${a} ${b} ${diff}`,
  );
  return diff;
}

// A single person at 12 hours, and a couple with rent and children: the
// allowances add rows to the answer.
const households = {
  single: { link: '', engine: {} },
  'couple with rent': {
    link: '&household=couple&partner_hours_per_week=8&rent=700&children_ages=4%209',
    engine: { household: 'couple', partner_hours_per_week: '8', rent: '700', children_ages: [4, 9] },
  },
};

for (const [width, height] of [[1280, 720], [1920, 1080]]) {
  for (const lang of ['nl', 'en']) for (const [who, h] of Object.entries(households)) {
    test(`meeting mode at ${width}×${height} (${lang}, ${who}): answer, chart and thresholds on one screen`, async () => {
      const frag = `#mode=meeting&hours_per_week=12${h.link}${lang === 'en' ? '&lang=en' : ''}`;
      const { context, page, errors } = await openPage(env.browser, env.server.url + frag, { width, height });
      const a = engine({ ...base(), hours_per_week: 12, ...h.engine });
      assert.equal(await dataValue(page, '#total'), a.total);
      for (const id of ['result', 'chart-section', 'thresholds']) {
        const box = await page.locator(`#${id}`).boundingBox();
        assert.ok(box, `#${id} is shown`);
        assert.ok(box.y >= 0 && box.y + box.height <= height, `#${id} ${JSON.stringify(box)} within ${height} px`);
        assert.ok(box.x >= 0 && box.x + box.width <= width, `#${id} ${JSON.stringify(box)} within ${width} px`);
      }
      assert.equal(await page.evaluate(() => document.scrollingElement.scrollLeft), 0);
      // Larger type than the ordinary page.
      const size = await page.$eval('#answer', (e) => parseFloat(getComputedStyle(e).fontSize));
      assert.ok(size >= 22, `answer at ${size}px`);
      await screenshot(page, `meeting-${width}-${lang}-${who.replace(/ /g, '-')}.png`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('meeting mode compares two situations with the engine: other hours, the partner, the rules', async () => {
  const { context, page, errors } = await openPage(env.browser, env.server.url + '#hours_per_week=12', { width: 1280, height: 720 });
  // Reachable from the page, not only by link.
  await page.selectOption('#mode', 'meeting');
  await page.waitForSelector('main.mode-meeting #compare');

  // 12 against 20 hours (the default), then 28.
  let a = engine({ ...base(), hours_per_week: 12 });
  let b = engine({ ...base(), hours_per_week: 20 });
  await waitForTotals(page, a.total, b.total);
  for (const key of ['net_wage', 'top_up', 'premie']) {
    const [va, vb, diff] = await compareRow(page, key);
    assert.deepEqual([va, vb], [a[key], b[key]], key);
    assert.equal(diff, (Number(b[key]) - Number(a[key])).toFixed(2), key);
  }
  await page.selectOption('#compare-hours', '28');
  b = engine({ ...base(), hours_per_week: 28 });
  const diff = await waitForTotals(page, a.total, b.total);
  const words = await page.textContent('#compare-words');
  assert.equal(await dataValue(page, '#compare-words'), diff);
  const euros = Math.round(Math.abs(Number(diff))).toLocaleString('nl-NL');
  assert.ok(words.includes(euros), `"${words}" names € ${euros}`);
  assert.match(words, Number(diff) > 0 ? /meer/ : /minder/);
  assert.match(words, /‘28 uur per week’.*‘12 uur per week’/);

  // The Amsterdam premie against national rules only.
  await page.selectOption('#compare-what', 'scheme');
  b = engine({ ...base(), hours_per_week: 12, scheme: 'national' });
  await waitForTotals(page, a.total, b.total);
  assert.deepEqual(await compareRow(page, 'premie'), [a.premie, '0.00', (-Number(a.premie)).toFixed(2)]);
  assert.match(await page.textContent('#compare-words'), /minder/);

  // A couple: the partner working 20 hours against not working.
  const couple = { ...base(), household: 'couple', hours_per_week: 12, partner_hours_per_week: 20 };
  await page.selectOption('#household', 'couple');
  await typeInto(page, '#partner-hours', '20');
  await page.selectOption('#compare-what', 'partner');
  a = engine(couple);
  b = engine({ ...couple, partner_hours_per_week: 0 });
  await waitForTotals(page, a.total, b.total);
  assert.deepEqual((await compareRow(page, 'partner_net_wage')).slice(0, 2), [a.partner_net_wage, b.partner_net_wage]);

  // The comparison goes in the link, and the link reads back.
  const link = await copiedLink(page);
  assert.match(link, /mode=meeting/);
  assert.match(link, /compare=partner/);
  const again = await openPage(env.browser, link, { width: 1280, height: 720 });
  await waitForTotals(again.page, a.total, b.total);
  await again.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown mode in a link opens the ordinary page and says so', async () => {
  const { context, page } = await openPage(env.browser, env.server.url + '#mode=party&hours_per_week=12');
  await page.waitForFunction(() => document.querySelector('#link-status')?.textContent.length > 0);
  assert.equal(await page.inputValue('#hours'), '12');
  assert.equal(await page.inputValue('#mode'), 'own');
  assert.ok(await page.$('main.mode-own'));
  await context.close();
});

/** Opens the page with Playwright's clock installed (timers run only when told). */
async function openWithClock(url, width = 1280) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.clock.install();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { context, page, errors };
}

/** Everything gone: the inputs at their defaults, no fragment, no storage. */
async function assertCleared(page) {
  await page.waitForFunction(() => document.querySelector('#hours')?.value === '0');
  assert.equal(await page.inputValue('#rent'), '');
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
  assert.equal(await page.isVisible('#still-busy'), false);
  // Still an information day; the link holds nothing of the last person.
  assert.equal(await page.inputValue('#mode'), 'infoday');
  const link = await copiedLink(page);
  assert.ok(!/hours|rent/.test(link.split('#')[1] ?? ''), link);
}

test('information day: asks after 5 minutes without input, then clears everything; nothing is stored', async () => {
  const { context, page, errors } = await openWithClock(env.server.url);
  // "Onthoud" was ticked before: the inputs are stored…
  await page.check('#remember');
  await typeInto(page, '#hours', '19');
  await page.waitForFunction(() => (localStorage.getItem('rekenhulp.inputs') ?? '').includes('19'));
  // …until the information day starts from the page's own select.
  await page.selectOption('#mode', 'infoday');
  await page.waitForFunction(() => localStorage.length === 0);
  await typeInto(page, '#hours', '12');
  await typeInto(page, '#rent', '700');
  const expected = engine({ ...base(), hours_per_week: 12, rent: 700 });
  await page.waitForFunction((v) => document.querySelector('#total')?.dataset.value === v, expected.total);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored');

  await page.clock.runFor(5 * 60_000 - 1_000);
  assert.equal(await page.isVisible('#still-busy'), false, 'not yet');
  await page.clock.runFor(2_000);
  await page.waitForSelector('#still-busy');
  assert.match(await page.textContent('#still-busy'), /Bent u nog bezig\?/);
  // "Ja": the inputs stay, and the wait starts again.
  await page.click('#stay');
  await page.clock.runFor(60_000);
  assert.equal(await page.inputValue('#hours'), '12');
  // No answer this time (5 minutes after "Ja"): a minute after the question, everything is cleared.
  await page.clock.runFor(4 * 60_000 + 1_000);
  await page.waitForSelector('#still-busy');
  await page.clock.runFor(60_000);
  await assertCleared(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('information day: the minutes can be chosen, and "Volgende persoon" clears at once', async () => {
  const { context, page, errors } = await openWithClock(env.server.url + '#mode=infoday&lang=en');
  await page.selectOption('#idle-minutes', '2');
  await typeInto(page, '#hours', '16');
  await typeInto(page, '#rent', '650');
  await page.clock.runFor(2 * 60_000 + 1_000);
  await page.waitForSelector('#still-busy');
  assert.match(await page.textContent('#still-busy'), /Are you still busy\?/);
  await page.click('#stay');
  await typeInto(page, '#hours', '20');
  await page.click('#next-person');
  await assertCleared(page);
  assert.equal(await page.inputValue('#idle-minutes'), '2', 'the laptop keeps its setting');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await screenshot(page, 'infoday-1280-en.png');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const lang of ['nl', 'en']) {
  for (const [mode, width, extra] of [['meeting', 1280, '&compare=scheme'], ['meeting', 360, ''], ['infoday', 1280, ''], ['infoday', 360, '']]) {
    test(`no axe violations in ${mode} mode, ${lang}, ${width} px`, async () => {
      const frag = `#mode=${mode}&hours_per_week=22&household=couple&partner_hours_per_week=8${extra}&lang=${lang}`;
      const { context, page } = await openWithClock(env.server.url + frag, width);
      if (mode === 'infoday') {
        await page.clock.runFor(5 * 60_000 + 1_000);
        await page.waitForSelector('#still-busy');
      }
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
}

test('both modes print without their controls', async () => {
  for (const mode of ['meeting', 'infoday']) {
    const { context, page } = await openPage(env.browser, `${env.server.url}#mode=${mode}&hours_per_week=12`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('#mode'), false);
    assert.equal(await page.isVisible('#infoday'), false);
    assert.equal(await page.isVisible('#compare-what'), false);
    assert.equal(await page.isVisible('#result'), true);
    if (mode === 'meeting') assert.equal(await page.isVisible('#compare-table'), true);
    await screenshot(page, `${mode}-print.png`);
    await context.close();
  }
});
