// High contrast and low vision, in real Chromium:
// - forced colours (Windows High Contrast), light and dark: the chart's text,
//   axes and lines stand out against the system background, the legend
//   matches the bands, the current view is marked; screenshots;
// - the fixed total bar never covers the focused control (Tab through every
//   control at 320×256, i.e. 1280 px at 400 % zoom, and at 360×640);
// - no horizontal page scroll at 320 px with the WCAG 1.4.12 text spacing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openPage, screenshot, shots } from './harness.mjs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const env = withBrowser();

/** WCAG contrast of two `rgb(…)` colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const scheme of ['light', 'dark']) {
  test(`forced colours (${scheme}): chart, legend and the current view stay visible`, async () => {
    const { context, page } = await openPage(env.browser, `${env.server.url}#hours_per_week=16`);
    await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
    await page.waitForFunction(() => matchMedia('(forced-colors: active)').matches);
    const c = await page.evaluate(() => {
      const css = (sel, prop) => {
        const el = document.querySelector(sel);
        return el ? getComputedStyle(el)[prop] : null;
      };
      return {
        canvas: css('#chart-section', 'backgroundColor'),
        chartBg: css('#chart', 'backgroundColor'),
        axis: css('#chart line.axis', 'stroke'),
        label: css('#chart text.axis-label', 'fill'),
        title: css('#chart text.axis-title', 'fill'),
        total: css('#chart .total-line', 'stroke'),
        you: css('#chart .marker.hours line', 'stroke'),
        outflow: css('#chart .marker.outflow line', 'stroke'),
        premieCap: css('#chart .marker.premie-cap line', 'stroke'),
        halo: css('#chart .marker.outflow text', 'stroke'),
        markerText: css('#chart .marker.outflow text', 'fill'),
        youText: css('#chart .marker.hours text', 'fill'),
        dashes: ['outflow', 'premie-cap', 'better-off'].map((m) => css(`#chart .marker.${m} line`, 'strokeDasharray')),
        bands: ['wage', 'top-up', 'premie'].map((b) => css(`#chart .band.${b}`, 'fill')),
        swatches: ['wage', 'top-up', 'premie'].map((b) => css(`.legend .swatch.${b}`, 'backgroundColor')),
        lineSwatch: css('.legend .swatch.line', 'borderTopColor'),
        current: css('.view-button.current', 'backgroundColor'),
        currentText: css('.view-button.current', 'color'),
        currentDeco: css('.view-button.current', 'textDecorationLine'),
        other: css('.view-button:not(.current)', 'backgroundColor'),
      };
    });
    const bg = c.chartBg === 'rgba(0, 0, 0, 0)' ? c.canvas : c.chartBg;
    const report = JSON.stringify(c);
    assert.ok(contrast(c.label, bg) >= 4.5, `axis labels ${report}`);
    assert.ok(contrast(c.title, bg) >= 4.5, `axis titles ${report}`);
    for (const [name, colour] of Object.entries({ axis: c.axis, total: c.total, you: c.you, outflow: c.outflow, premieCap: c.premieCap, lineSwatch: c.lineSwatch })) {
      assert.ok(contrast(colour, bg) >= 3, `${name} ${colour} on ${bg}: ${report}`);
    }
    // Marker labels: text in CanvasText with a halo of the background.
    assert.ok(contrast(c.markerText, bg) >= 4.5, `marker text ${report}`);
    assert.ok(contrast(c.youText, bg) >= 4.5, `"U" text ${report}`);
    assert.equal(c.halo, bg, `the halo is the background ${report}`);
    // The marker lines are told apart by their dashes, not only by colour.
    assert.equal(new Set(c.dashes).size, 3, report);
    // The legend shows the bands' own colours.
    assert.deepEqual(c.swatches, c.bands);
    // The current view is more than a fill: its own colours, and underlined.
    assert.notEqual(c.current, c.other, report);
    assert.ok(contrast(c.current, c.currentText) >= 4.5, report);
    assert.match(c.currentDeco, /underline/);
    await page.locator('#chart-section').scrollIntoViewIfNeeded();
    await mkdir(shots, { recursive: true });
    await page.locator('#chart-section').screenshot({ path: join(shots, `forced-${scheme}-chart.png`) });
    await page.screenshot({ path: join(shots, `forced-${scheme}-top.png`) });
    await context.close();
  });
}

test('the chart\'s limits differ by more than colour; bands have an edge; lines a halo', async () => {
  const { context, page } = await openPage(env.browser, `${env.server.url}#hours_per_week=16`);
  const c = await page.evaluate(() => {
    const css = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
    const markers = ['outflow', 'premie-cap', 'better-off'];
    return {
      dashes: markers.map((m) => css(`#chart .marker.${m} line`, 'strokeDasharray')),
      halos: markers.map((m) => css(`#chart .marker.${m} line`, 'filter')),
      legend: markers.map((m) => css(`.legend .swatch.line.${m}`, 'borderTopStyle')),
      edges: ['wage', 'top-up', 'premie'].map((b) => css(`#chart .band.${b}`, 'stroke')),
      page: css('body', 'color'),
    };
  });
  assert.equal(new Set(c.dashes).size, 3, JSON.stringify(c));
  assert.equal(new Set(c.legend).size, 3, JSON.stringify(c));
  for (const h of c.halos) assert.match(h, /drop-shadow/);
  // The edge is the ink colour: 3:1 or more against every band and the page.
  for (const e of c.edges) assert.equal(e, c.page);
  await page.locator('#chart-section').scrollIntoViewIfNeeded();
  await mkdir(shots, { recursive: true });
  await page.locator('#chart-section').screenshot({ path: join(shots, 'chart-limits.png') });
  await context.close();
});

for (const [width, height] of [[320, 256], [360, 640]]) {
  test(`the total bar never covers the focused control at ${width}×${height}`, async () => {
    const { context, page } = await openPage(env.browser, `${env.server.url}#hours_per_week=16`, { width, height });
    assert.ok(await page.isVisible('.mini-total'), 'the bar is shown at this width');
    const covered = [];
    const seen = new Set();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const r = el.getBoundingClientRect();
        const bar = document.querySelector('.mini-total');
        const b = bar && getComputedStyle(bar).display !== 'none' ? bar.getBoundingClientRect() : null;
        const name = el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}.${el.className}:${(el.textContent || '').trim().slice(0, 20)}`;
        const overlap = b ? Math.max(0, Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top)) : 0;
        return { name, overlap: Math.round(overlap), top: Math.round(r.top), bottom: Math.round(r.bottom), bar: b && Math.round(b.top) };
      });
      if (!f) break;
      const key = `${f.name}`;
      if (seen.has(key) && i > 5) {
        // the date field's parts share one element: go on until focus leaves the page
      }
      seen.add(key);
      if (f.overlap > 0) covered.push(f);
    }
    assert.ok(seen.size > 15, `tabbed through ${seen.size} controls`);
    assert.deepEqual(covered, []);
    await context.close();
  });
}

const spacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

for (const lang of ['nl', 'en']) {
  for (const view of ['main', 'months']) {
    test(`no horizontal scroll at 320 px with WCAG text spacing (${lang}, ${view})`, async () => {
      // The page's CSP forbids inline styles: only this test context may add one.
      const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
      const page = await context.newPage();
      const fragment = `#hours_per_week=16${lang === 'en' ? '&lang=en' : ''}${view === 'months' ? '&view=months' : ''}`;
      await page.goto(env.server.url + fragment);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.addStyleTag({ content: spacing });
      const m = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        // Elements that reach past the window (inside scroll regions is fine).
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => !el.closest('.table-wrap'))
          .filter((el) => el.getBoundingClientRect().right > vw + 0.5)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className} → ${Math.round(el.getBoundingClientRect().right)}`);
        return { scroll: document.documentElement.scrollWidth, vw, wide };
      });
      await screenshot(page, `spacing-320-${lang}-${view}.png`);
      assert.ok(m.scroll <= m.vw, `page is ${m.scroll} px wide at ${m.vw}: ${m.wide.join('; ')}`);
      await context.close();
    });
  }
}
