// Prints the page's performance table (see scripts/bench.sh).
import { readdir, readFile, mkdtemp } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFile } from 'node:child_process';
import { createServer, get } from 'node:http';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { serveDist, launch, openPage, chromiumArgs } from '../tests/browser/harness.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const kinds = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' };

async function sizes() {
  const rows = {};
  for (const name of await readdir(dist)) {
    const kind = kinds[extname(name)];
    if (!kind) continue;
    const body = await readFile(join(dist, name));
    const row = (rows[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
    row.raw += body.length;
    row.gzip += gzipSync(body, { level: 9 }).length;
    row.brotli += brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const r of Object.values(rows)) for (const k of Object.keys(total)) total[k] += r[k];
  return { rows, total };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Slows the page's main thread as Lighthouse does for a mid-range phone
 * (rate 4); rate 1 leaves it alone. Kept on the page across navigations. */
async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

// Lighthouse's mobile network (slow 4G): 150 ms round trip, 1.6 Mbps down, 750 kbps up.
const slow4g = {
  offline: false,
  latency: 150,
  downloadThroughput: 204800,
  uploadThroughput: (750 * 1024) / 8,
};

/** Keystroke → updated page: from the input event on the hours field to the
 * moment the answer shows those hours *and* the page has been laid out. */
async function latency(browser, url, { rate = 1, changes = 200 } = {}) {
  const { context, page } = await openPage(browser, url, { width: 360, height: 800 });
  await throttle(page, rate);
  const times = await page.evaluate(async (changes) => {
    const input = document.querySelector('#hours');
    const answer = document.querySelector('#answer');
    const out = [];
    for (let i = 0; i < changes; i++) {
      // Each value differs from the one before in its tenths, so the sentence
      // cannot already hold it; the digit before it must not be a digit
      // (1,05 uur is not 11,05 uur).
      const hours = String(1 + ((i * 7) % 39)) + ',' + String(i % 10) + '5';
      const shown = new RegExp(`(^|[^0-9])${hours} uur`);
      const done = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (!shown.test(answer.textContent)) return;
          obs.disconnect();
          // Force style and layout now, as the next frame would have to.
          void document.body.offsetHeight;
          resolve(performance.now());
        });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const t0 = performance.now();
      input.value = hours;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = await Promise.race([done, new Promise((r) => setTimeout(() => r(NaN), 5000))]);
      out.push(t1 - t0);
    }
    return out;
  }, changes);
  await context.close();
  const ok = times.filter((t) => Number.isFinite(t));
  return { p50: pct(ok, 50), p95: pct(ok, 95), first: times[0], changes, missed: times.length - ok.length };
}

/** In the page: counts the frames rendered while the primary button is down
 * (requestAnimationFrame runs once per frame the main thread gets to) and how
 * often the chart's hours marker showed new hours in those frames. */
function countDragFrames() {
  const marker = () => document.querySelector('#chart g.marker.hours')?.getAttribute('data-hours');
  const s = { frames: 0, updates: 0, start: null, end: null, last: null, seen: new Set() };
  addEventListener('pointerdown', () => {
    s.start = performance.now();
    s.last = marker();
  }, { capture: true });
  addEventListener('pointerup', () => {
    s.end = performance.now();
  }, { capture: true });
  const tick = () => {
    if (s.start !== null && s.end === null) {
      s.frames++;
      const h = marker();
      if (h !== s.last) {
        s.updates++;
        s.seen.add(h);
        s.last = h;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.dragResult = () => ({
    frames: s.frames,
    updates: s.updates,
    distinct: s.seen.size,
    ms: s.end - s.start,
    last: s.last,
  });
}

// The wide chart's plot area in SVG units (WIDE in src/ui/chart.rs).
const wide = { w: 640, left: 60, right: 18, maxHours: 40 };

/** Chart drag: a real mouse drag across the plot area, 2 → 38 → 2 hours,
 * `ms` each way, with moves at `hz` as a mouse reports them. The moves are
 * sent on time without waiting for the page (Playwright's `{ steps }` waits
 * for each, and the page renders free frames while idle between them): a
 * page that blocks on each move falls behind, the moves meanwhile are
 * coalesced as Chrome does for a real mouse, and frames and updates drop.
 * Chrome still hands the page one move at a time, so a few idle frames fall
 * between moves: the updates per second are the stricter figure. */
async function chartDragOnce(browser, url, { rate = 4, ms = 1500, hz = 60 } = {}) {
  const { context, page } = await openPage(browser, url, { width: 1280, height: 800 });
  const svg = page.locator('svg#chart');
  await svg.scrollIntoViewIfNeeded();
  await page.evaluate(countDragFrames);
  await throttle(page, rate);
  const box = await svg.boundingBox();
  const plotW = wide.w - wide.left - wide.right;
  const xAt = (h) => box.x + (box.width * (wide.left + (h / wide.maxHours) * plotW)) / wide.w;
  const y = box.y + box.height / 2;
  await page.mouse.move(xAt(2), y);
  await page.mouse.down();
  const n = Math.round((ms / 1000) * hz);
  const moves = [];
  const t0 = performance.now();
  let sent = 0;
  for (const [from, to] of [[2, 38], [38, 2]]) {
    for (let i = 1; i <= n; i++) {
      moves.push(page.mouse.move(xAt(from + ((to - from) * i) / n), y));
      sent++;
      // Paced by the clock, so a late timer does not slow the whole drag down.
      await new Promise((r) => setTimeout(r, Math.max(0, t0 + (sent * 1000) / hz - performance.now())));
    }
  }
  await Promise.all(moves);
  await page.mouse.up();
  const r = await page.evaluate(() => window.dragResult());
  await context.close();
  const s = r.ms / 1000;
  return { ...r, fps: r.frames / s, ups: r.updates / s, rate };
}

/** The drag varies most from run to run: the run with the median frame rate of `runs`. */
async function chartDrag(browser, url, { runs = 3, ...opts } = {}) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await chartDragOnce(browser, url, opts));
  const fps = pct(all.map((r) => r.fps), 50);
  return { ...all.find((r) => r.fps === fps), all: all.map((r) => r.fps), runs };
}

/** Time to the first result of one fresh load: from navigation start
 * (performance.now() is 0 there) to the moment #total has its data-value. */
async function firstResultOnce(browser, url, { rate = 4, network = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  // Runs before the page's own scripts; an observer, not polling, so the time
  // is that of the change itself and not of the next poll.
  await page.addInitScript(() => {
    const seen = () => document.querySelector('#total')?.hasAttribute('data-value');
    const obs = new MutationObserver(() => {
      if (!seen()) return;
      window.firstResult = performance.now();
      obs.disconnect();
    });
    obs.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value'] });
  });
  // Throttling before navigation, so the download, compilation and first
  // render are all slowed, as on the phone.
  const cdp = await throttle(page, rate);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await (await page.waitForFunction(() => window.firstResult, null, { timeout: 120000 })).jsonValue();
  await context.close();
  return ms;
}

async function firstResult(browser, url, { runs = 3, ...opts } = {}) {
  const ms = [];
  for (let i = 0; i < runs; i++) ms.push(await firstResultOnce(browser, url, opts));
  return { median: pct(ms, 50), ms };
}

async function wasmEngine(browser) {
  // The build with `bench_calculate` (scripts/bench.sh, --features bench-hook).
  const dir = new URL('../target/bench-dist/', import.meta.url).pathname;
  const hook = await serveDist({ dir });
  const { context, page } = await openPage(browser, hook.url);
  // The full outcome (what a new scenario costs) and what a change of hours
  // alone costs (the month at the new hours; the rest prepared once).
  const us = await page.evaluate(() => {
    const b = window.wasmBindings;
    if (!b || typeof b.bench_calculate !== 'function') return null;
    b.bench_calculate(50, false); // warm up
    return { full: b.bench_calculate(2000, false), hours: b.bench_calculate(2000, true) };
  });
  await context.close();
  await hook.close();
  return us;
}

async function lighthouseOnce(url) {
  const out = join(await mkdtemp(join(tmpdir(), 'lh-')), 'report.json');
  const bin = new URL('../node_modules/.bin/lighthouse', import.meta.url).pathname;
  try {
    // Async: the page is served from this same process.
    await promisify(execFile)(bin, [
      url,
      '--quiet',
      '--only-categories=performance,accessibility',
      '--form-factor=mobile',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${chromiumArgs.join(' ')}`,
    ], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(await readFile(out, 'utf8'));
    const ms = (id) => Math.round(report.audits[id]?.numericValue ?? NaN);
    return {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      metrics: `FCP ${ms('first-contentful-paint')}, LCP ${ms('largest-contentful-paint')}, TBT ${ms('total-blocking-time')}, SI ${ms('speed-index')} ms`,
    };
  } catch (e) {
    return { error: String(e.stderr ?? e.message ?? e).trim().split('\n').slice(-3).join(' ') };
  }
}

/** Lighthouse's scores vary from run to run: the median of `runs`, one after
 * the other (in parallel they would slow each other down). */
async function lighthouse(url, runs = 5) {
  const ok = [];
  const errors = [];
  for (let i = 0; i < runs; i++) {
    const r = await lighthouseOnce(url);
    if (r.error) errors.push(r.error);
    else ok.push(r);
  }
  if (!ok.length) return { error: errors[0] };
  const perf = ok.map((r) => r.performance);
  const a11y = ok.map((r) => r.accessibility);
  const metrics = ok.map((r) => r.metrics);
  return { performance: pct(perf, 50), accessibility: pct(a11y, 50), perf, a11y, metrics, failed: errors.length };
}

/** One response of `url`, undecoded (fetch would decompress it). */
function rawGet(url, headers) {
  return new Promise((ok, fail) => {
    get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

/** The realistic server compresses on every request (brotli at quality 11
 * takes seconds for the wasm on a busy machine), which a static host does
 * once. In front of it, this keeps each response by path and encoding and
 * is warmed before measuring, so no load waits for compression. */
async function compressedOnce() {
  const real = await serveDist({ realistic: true });
  const cache = new Map();
  const fetchOnce = (path, encoding) => {
    const key = `${encoding} ${path}`;
    if (!cache.has(key)) cache.set(key, rawGet(new URL(path, real.url), { 'accept-encoding': encoding }));
    return cache.get(key);
  };
  const encodingOf = (accept = '') => (accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : '');
  const server = createServer(async (req, res) => {
    try {
      const r = await fetchOnce(req.url, encodingOf(req.headers['accept-encoding']));
      const { connection, 'keep-alive': _, 'transfer-encoding': __, date, ...headers } = r.headers;
      res.writeHead(r.status, { ...headers, 'content-length': r.body.length }).end(r.body);
    } catch {
      res.writeHead(502).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  for (const name of await readdir(dist)) if (kinds[extname(name)]) await fetchOnce(`/${name}`, 'br');
  await fetchOnce('/', 'br');
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: async () => {
      await new Promise((ok) => server.close(ok));
      await real.close();
    },
  };
}

const server = await serveDist();
const browser = await launch();
try {
  const s = await sizes();
  if (process.env.BENCH_LIGHTHOUSE) {
    // While working: Lighthouse only, `BENCH_LIGHTHOUSE=3 node scripts/bench.mjs`.
    const real = await compressedOnce();
    console.log(JSON.stringify(await lighthouse(real.url, Number(process.env.BENCH_LIGHTHOUSE)), null, 1));
    await real.close();
    process.exit(0);
  }
  const lat1 = await latency(browser, server.url, { rate: 1, changes: 200 });
  // As many changes at 4×: with 60, the first two (wasm compiled on first
  // use) were the p95 on their own; the first one is printed apart.
  const lat4 = await latency(browser, server.url, { rate: 4, changes: 200 });
  const drag = await chartDrag(browser, server.url, { rate: 4 });
  if (process.env.BENCH_QUICK) {
    // While working: sizes, keystrokes and the drag only (`BENCH_QUICK=1 node scripts/bench.mjs`).
    console.log(JSON.stringify({ total_gzip_kb: +(s.total.gzip / 1024).toFixed(1), lat1, lat4, drag_fps: drag.fps, drag_runs: drag.all }));
    process.exit(0);
  }
  const first = await firstResult(browser, server.url, { rate: 4 });
  const wasm = await wasmEngine(browser);
  // A static host compresses and caches; so does this server for the slow
  // network and for Lighthouse.
  const real = await compressedOnce();
  const firstSlow = await firstResult(browser, real.url, { rate: 4, network: slow4g });
  const lh = await lighthouse(real.url);
  await real.close();
  const kb = (n) => (n / 1024).toFixed(1);
  const ms = (n) => `${Math.round(n)} ms`;
  const lat = (l) => `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} ms (the first: ${l.first.toFixed(1)} ms)${l.missed ? ` (${l.missed} missed)` : ''}`;
  console.log(`\nPerformance table — ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| measure | value | target |');
  console.log('|---|---|---|');
  for (const [kind, r] of Object.entries(s.rows)) {
    console.log(`| ${kind}: raw / gzip / brotli | ${kb(r.raw)} / ${kb(r.gzip)} / ${kb(r.brotli)} KB | |`);
  }
  console.log(`| total: raw / gzip / brotli | ${kb(s.total.raw)} / ${kb(s.total.gzip)} / ${kb(s.total.brotli)} KB | ≤ 200 KB gzip |`);
  console.log(`| keystroke → updated page, 1× CPU, ${lat1.changes} changes (p50 / p95) | ${lat(lat1)} | p95 ≤ 16 ms |`);
  console.log(`| keystroke → updated page, 4× CPU, ${lat4.changes} changes (p50 / p95) | ${lat(lat4)} | p95 ≤ 33 ms |`);
  console.log(`| chart drag, 4× CPU, 60 moves/s, median of ${drag.runs}: frames / s (new hours shown / s) | ${drag.fps.toFixed(1)} fps (${drag.ups.toFixed(1)} / s; ${drag.frames} frames, ${drag.distinct} hour values in ${(drag.ms / 1000).toFixed(2)} s; runs ${drag.all.map((f) => f.toFixed(1)).join(', ')} fps) | ≥ 30 fps |`);
  console.log(`| first result, 4× CPU, local (median of ${first.ms.length}) | ${ms(first.median)} (${first.ms.map(Math.round).join(', ')}) | as early as possible |`);
  console.log(`| first result, 4× CPU, slow 4G, compressed (median of ${firstSlow.ms.length}) | ${ms(firstSlow.median)} (${firstSlow.ms.map(Math.round).join(', ')}) | as early as possible |`);
  console.log(`| full outcome (curve + thresholds + trace) in wasm | ${wasm === null ? 'n/a' : (wasm.full / 1000).toFixed(3) + ' ms'} | ≤ 0.2 ms |`);
  console.log(`| a change of hours only (the month at the new hours) in wasm | ${wasm === null ? 'n/a' : (wasm.hours / 1000).toFixed(3) + ' ms'} | |`);
  if (lh.error) console.log(`| Lighthouse mobile | failed: ${lh.error} | ≥ 98 / 100 |`);
  else {
    const runs = `${lh.perf.join(', ')} / ${lh.a11y.join(', ')}${lh.failed ? `; ${lh.failed} failed` : ''}`;
    console.log(`| Lighthouse mobile: performance / accessibility (median of ${lh.perf.length}) | ${lh.performance} / ${lh.accessibility} (${runs}) | ≥ 98 / 100 |`);
    console.log(`| Lighthouse runs, simulated | ${lh.metrics.join('; ')} | |`);
  }
} finally {
  await browser.close();
  await server.close();
}
