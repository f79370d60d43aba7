// The month-by-month view in real headless Chromium: the planner's inputs,
// the table checked row by row against the `rekenhulp` CLI (same engine),
// the chart, the link, input errors, print, and axe in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openPage, engine, screenshot, copiedLink, axeViolations } from './harness.mjs';

const env = withBrowser();

// The situation on the main form (a link fixes the date, so the months are
// March–August 2026); the rest are the page's defaults.
const DATE = '2026-03-01';
const situation = {
  date: DATE,
  household: 'single',
  age: '21-aow',
  housemates: 0,
  korting_by: 'employer',
  scheme: 'amsterdam',
  vrijlating_n: false,
};
const MONTHS = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'];
// Hours in each month: steady, then one high month (May), then steady again.
const HOURS = [40, 40, 120, 40, 40, 40];

/** Opens the page on the main form's situation and switches to the planner. */
async function openMonths(opts = {}) {
  const opened = await openPage(env.browser, `${env.server.url}#date=${DATE}`, opts);
  await opened.page.click('#view-months');
  await opened.page.waitForSelector('#months-table');
  assert.equal(await opened.page.getAttribute('#view-months', 'aria-pressed'), 'true');
  return opened;
}

/** Pastes the hours and waits until the table shows exactly those months. */
async function pasteHours(page, text, months) {
  await page.selectOption('#months-pattern', 'list');
  await page.fill('#months-list', text);
  await page.waitForFunction(
    (ms) =>
      [...document.querySelectorAll('#months-table tbody tr')].map((r) => r.dataset.month).join() ===
      ms.join(),
    months,
  );
}

/** Every body row of the table: { month: { col: data-value } }. */
async function tableRows(page) {
  return page.$$eval('#months-table tbody tr', (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.dataset.month,
        Object.fromEntries([...r.querySelectorAll('[data-col]')].map((c) => [c.dataset.col, c.dataset.value])),
      ]),
    ),
  );
}

const COLS = ['earned', 'paid_wage', 'advance', 'due', 'correction', 'correction_month', 'premie_paid', 'bank', 'set_aside'];

function assertRowsMatch(rows, expected) {
  assert.deepEqual(Object.keys(rows), expected.map((m) => m.month));
  for (const m of expected) {
    for (const col of COLS) {
      assert.equal(rows[m.month][col], m[col], `${m.month} ${col}`);
    }
  }
}

test('a pasted list with one high month: corrections land where the engine says', async () => {
  const { context, page, errors } = await openMonths();
  await page.selectOption('#months-count', '6');
  await page.selectOption('#months-estimate', 'last_month');
  await page.selectOption('#months-pay', 'monthly');
  await pasteHours(page, HOURS.join('\n'), MONTHS);

  const out = engine({
    ...situation,
    months: MONTHS.map((month, i) => ({ month, hours: HOURS[i] })),
    estimate: 'last_month',
    pay: 'monthly',
  });
  const rows = await tableRows(page);
  assertRowsMatch(rows, out.months);

  // May is paid on April's payslip: the municipality corrects it later, in
  // a later month, and the page says to set that money aside.
  const may = out.months[2];
  assert.ok(Number(may.correction) < 0, 'the high month is claimed back later');
  assert.ok(may.correction_month > may.month, 'and the correction lands later');
  assert.equal(rows['2026-05'].correction_month, may.correction_month);
  assert.equal(rows['2026-05'].set_aside, may.set_aside);
  assert.ok(Number(may.set_aside) > 0);
  // June was advanced on May's high payslip: it is paid to you later.
  assert.ok(Number(out.months[3].correction) > 0);

  // The set-aside figure, in words and numbers, before the table.
  assert.equal(await page.getAttribute('#months-set-aside', 'data-value'), out.months_summary.totals.set_aside);
  const sentence = await page.textContent('#months-set-aside');
  const euros = Number(out.months_summary.totals.set_aside).toLocaleString('nl-NL', { minimumFractionDigits: 2 });
  assert.ok(sentence.includes(euros), `"${sentence}" names € ${euros}`);
  // The corrections in words name the month it lands in.
  const words = await page.textContent('#months-corrections');
  assert.match(words, /juli 2026/);

  // The chart: a bar per month with the money in the bank.
  const bars = await page.$$eval('svg#months-chart [data-month]', (gs) =>
    gs.map((g) => [g.dataset.month, g.dataset.value]),
  );
  assert.deepEqual(bars, out.months.map((m) => [m.month, m.bank]));
  assert.ok((await page.textContent('#months-chart-summary')).length > 20, 'the chart has a text alternative');
  assert.deepEqual(errors, []);
  await context.close();
});

test('flexible hours, average estimate and four-weekly pay: worst case and the CLI agree', async () => {
  const { context, page, errors } = await openMonths();
  await page.selectOption('#months-pattern', 'flex');
  await page.selectOption('#months-count', '12');
  await page.fill('#months-hours-min', '8');
  await page.fill('#months-hours-max', '24');
  await page.selectOption('#months-estimate', 'average_3');
  await page.selectOption('#months-pay', 'four_weekly');
  const months = Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(2026, 2 + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
  const out = engine({
    ...situation,
    months: months.map((month) => ({ month, hours_per_week: 16, max_hours_per_week: 24 })),
    estimate: 'average_3',
    pay: 'four_weekly',
  });
  // Wait for the engine's own worst case, not for any change.
  await page.waitForSelector('#months-table tr[data-month="2027-02"]');
  await page.waitForFunction(
    (v) => document.querySelector('#months-set-aside')?.dataset.worst === v,
    out.months_summary.totals.set_aside_worst,
  );
  assertRowsMatch(await tableRows(page), out.months);
  const worst = await page.$$eval('#months-table tbody [data-col="set_aside_worst"]', (cs) =>
    cs.map((c) => c.dataset.value),
  );
  assert.deepEqual(worst, out.months.map((m) => m.set_aside_worst));
  assert.equal(await page.getAttribute('#months-set-aside', 'data-worst'), out.months_summary.totals.set_aside_worst);
  assert.ok(await page.isVisible('#months-set-aside-worst'), 'the worst case is said in words');
  // Four-weekly pay: one month has two paydays.
  assert.equal(await page.locator('#months-table .paydays').filter({ hasText: ',' }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the link restores the planner and the view', async () => {
  const { context, page } = await openMonths();
  await page.selectOption('#months-estimate', 'average_3');
  await pasteHours(page, '40 0 80,5 40', MONTHS.slice(0, 4));
  const rows = await tableRows(page);
  const link = await copiedLink(page);
  assert.equal(new URL(page.url()).hash, '', 'the address holds no inputs');
  assert.match(link, /view=months/);
  assert.match(link, /months_list=/);
  assert.equal(new URL(link).search, '', 'nothing goes in the query');

  const fresh = await openPage(env.browser, link);
  const p = fresh.page;
  await p.waitForSelector('#months-table tr[data-month="2026-06"]');
  assert.equal(await p.inputValue('#months-pattern'), 'list');
  assert.equal(await p.inputValue('#months-estimate'), 'average_3');
  assert.equal(await p.getAttribute('#view-months', 'aria-pressed'), 'true');
  assert.deepEqual(await tableRows(p), rows);
  // Back to the average month keeps every input.
  await p.click('#view-main');
  await p.waitForSelector('#answer');
  assert.equal(await p.inputValue('#date'), DATE);
  await p.click('#view-months');
  await p.waitForSelector('#months-list');
  assert.equal(await p.inputValue('#months-list'), '40 0 80,5 40');
  await fresh.context.close();
  await context.close();
});

test('a list that does not read shows a message and keeps the last table', async () => {
  const { context, page, errors } = await openMonths();
  await pasteHours(page, '40 40 40', MONTHS.slice(0, 3));
  const rows = await tableRows(page);
  await page.fill('#months-list', '40 veertig 40');
  await page.waitForSelector('#months-error', { state: 'visible' });
  assert.match(await page.textContent('#months-error'), /2/);
  assert.equal(await page.getAttribute('#months-list', 'aria-invalid'), 'true');
  assert.match((await page.getAttribute('#months-list', 'aria-describedby')) ?? '', /months-error/);
  assert.deepEqual(await tableRows(page), rows, 'the last good months stay');
  assert.ok(await page.isVisible('#months-result .stale-note'));
  await page.fill('#months-list', '40;40;40;40');
  await page.waitForSelector('#months-error', { state: 'detached' });
  assert.equal(Object.keys(await tableRows(page)).length, 4);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const width of [360, 1280]) {
  test(`no axe violations in the month view at ${width} px, nl and en; the table scrolls in a named region`, async () => {
    const { context, page } = await openMonths({ width });
    await pasteHours(page, HOURS.join(' '), MONTHS);
    for (const lang of ['nl', 'en']) {
      if (lang === 'en') {
        await page.click('#lang-switch');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      assert.deepEqual(await axeViolations(page), [], `${lang} at ${width} px`);
    }
    const region = page.locator('.months-wrap');
    assert.equal(await region.getAttribute('tabindex'), '0');
    assert.equal(await region.getAttribute('role'), 'region');
    assert.ok(await region.getAttribute('aria-labelledby'));
    if (width === 360) {
      const [scroll, client] = await region.evaluate((e) => [e.scrollWidth, e.clientWidth]);
      assert.ok(scroll > client, 'the wide table scrolls inside its region');
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(pageWidth <= 360, `the page itself does not scroll sideways (${pageWidth})`);
      // The region takes keyboard focus, so it can be scrolled with the arrows.
      await region.focus();
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('months-wrap')), true);
    }
    await screenshot(page, `months-${width}.png`);
    await context.close();
  });
}

test('print shows the table', async () => {
  const { context, page } = await openMonths({ width: 1280 });
  await pasteHours(page, HOURS.join(' '), MONTHS);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible('#months-table'));
  assert.ok(await page.isVisible('#months-set-aside'));
  assert.equal(await page.isVisible('#view-months'), false, 'the view buttons are not printed');
  await screenshot(page, 'months-print.png');
  await context.close();
});

test('a month whose money would be negative is said plainly, with what paying back in parts gives', async () => {
  const { context, page, errors } = await openMonths();
  // 160 hours in April and May: the corrections of May land in June, when
  // nothing is earned, so June's money would be negative (engine: −630.62).
  await pasteHours(page, '0 160 160 0 0 0', MONTHS);
  const out = engine({
    ...situation,
    months: MONTHS.map((month, i) => ({ month, hours: [0, 160, 160, 0, 0, 0][i] })),
  });
  const spread = out.months_summary.spread;
  assert.ok(spread, 'the engine spreads this plan');
  const changed = spread.rows.filter((s, i) => s.bank !== out.months[i].bank);
  await page.waitForSelector('#months-spread', { state: 'visible' });
  const items = await page.$$eval('#months-spread li', (ls) => ls.map((l) => [l.dataset.month, l.dataset.value]));
  assert.deepEqual(items, changed.map((s) => [s.month, s.bank]));
  const negative = out.months.filter((m) => m.negative_bank).map((m) => m.month);
  assert.deepEqual(negative, ['2026-06']);
  assert.match(await page.textContent('#months-spread'), /juni 2026/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('months of vrijlating already used go into the plan and the link', async () => {
  const { context, page } = await openMonths();
  await page.selectOption('#months-n-used', '4');
  assert.match(await copiedLink(page), /vrijlating_n_months_used=4/);
  assert.equal(await page.inputValue('#months-n-used'), '4');
  await context.close();
});

test('a new plan is announced: the short summary is one live region that stays', async () => {
  const { context, page } = await openMonths();
  const region = page.locator('#months-summary');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  // Mark the node: a live region is announced when its content changes, not
  // when a new region is put in its place.
  await page.evaluate(() => (document.querySelector('#months-summary').dataset.marked = 'yes'));
  await pasteHours(page, HOURS.join(' '), MONTHS);
  const out = engine({ ...situation, months: MONTHS.map((month, i) => ({ month, hours: HOURS[i] })) });
  await page.waitForFunction(
    (v) => document.querySelector('#months-set-aside')?.dataset.value === v,
    out.months_summary.totals.set_aside,
  );
  assert.equal(await region.getAttribute('data-marked'), 'yes', 'the same live node');
  assert.match(await region.textContent(), /opzij/);
  // The table and the chart are not live (too long to hear on each change).
  assert.equal(await page.locator('#months-table[aria-live], #months-chart[aria-live]').count(), 0);
  await context.close();
});
