// Prints the page's performance table (see scripts/bench.sh).
import { readdir, readFile, mkdtemp } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFile } from 'node:child_process';
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

async function latency(browser, url) {
  const { context, page } = await openPage(browser, url, { width: 360, height: 800 });
  // 200 changes of the hours field; each time from the input event to the
  // moment the answer sentence shows the new hours (Yew has re-rendered).
  const times = await page.evaluate(async () => {
    const input = document.querySelector('#hours');
    const answer = document.querySelector('#answer');
    const out = [];
    for (let i = 0; i < 200; i++) {
      const hours = String(1 + ((i * 7) % 39)) + ',' + String(i % 10) + '5';
      const done = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (answer.textContent.includes(hours)) {
            obs.disconnect();
            resolve(performance.now());
          }
        });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const t0 = performance.now();
      input.value = hours;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = await Promise.race([done, new Promise((r) => setTimeout(() => r(NaN), 2000))]);
      out.push(t1 - t0);
    }
    return out;
  });
  await context.close();
  const ok = times.filter((t) => Number.isFinite(t));
  return { p50: pct(ok, 50), p95: pct(ok, 95), missed: times.length - ok.length };
}

async function wasmEngine(browser, url) {
  const { context, page } = await openPage(browser, url);
  const us = await page.evaluate(() => {
    const b = window.wasmBindings;
    if (!b || typeof b.bench_calculate !== 'function') return null;
    b.bench_calculate(50); // warm up
    return b.bench_calculate(2000);
  });
  await context.close();
  return us;
}

async function lighthouse(url) {
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
    return {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
    };
  } catch (e) {
    return { error: String(e.stderr ?? e.message ?? e).trim().split('\n').slice(-3).join(' ') };
  }
}

const server = await serveDist();
const browser = await launch();
try {
  const s = await sizes();
  const lat = await latency(browser, server.url);
  const wasm = await wasmEngine(browser, server.url);
  // A static host compresses and caches; so does this server for Lighthouse.
  const real = await serveDist({ realistic: true });
  const lh = await lighthouse(real.url);
  await real.close();
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`\nPerformance table — ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| measure | value | target |');
  console.log('|---|---|---|');
  for (const [kind, r] of Object.entries(s.rows)) {
    console.log(`| ${kind}: raw / gzip / brotli | ${kb(r.raw)} / ${kb(r.gzip)} / ${kb(r.brotli)} KB | |`);
  }
  console.log(`| total: raw / gzip / brotli | ${kb(s.total.raw)} / ${kb(s.total.gzip)} / ${kb(s.total.brotli)} KB | ≤ 200 KB gzip |`);
  console.log(`| input → result latency, 200 changes (p50 / p95) | ${lat.p50.toFixed(2)} / ${lat.p95.toFixed(2)} ms${lat.missed ? ` (${lat.missed} missed)` : ''} | p95 ≤ 16 ms |`);
  console.log(`| full outcome (curve + thresholds + trace) in wasm | ${wasm === null ? 'n/a' : (wasm / 1000).toFixed(3) + ' ms'} | ≤ 0.2 ms |`);
  if (lh.error) console.log(`| Lighthouse mobile | failed: ${lh.error} | ≥ 98 / 100 |`);
  else console.log(`| Lighthouse mobile: performance / accessibility | ${lh.performance} / ${lh.accessibility} | ≥ 98 / 100 |`);
} finally {
  await browser.close();
  await server.close();
}
