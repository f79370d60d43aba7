// scratch: main-thread tasks of one load (unthrottled, as Lighthouse observes)
import { serveDist, launch } from './tests/browser/harness.mjs';
const srv = await serveDist({ realistic: true });
const browser = await launch();
const runs = Number(process.env.RUNS ?? 3);
for (let r = 0; r < runs; r++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'loading'] });
  await page.goto(srv.url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForTimeout(1500);
  const buf = await browser.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const main = ev.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && ev.some(x=>x.pid===e.pid && x.name==='navigationStart'));
  const nav = ev.find((e) => e.name === 'navigationStart' && e.pid === main.pid);
  const t0 = nav.ts;
  const fcp = ev.find((e) => e.name === 'firstContentfulPaint' && e.pid === main.pid);
  const lcps = ev.filter((e) => e.name === 'largestContentfulPaint::Candidate' && e.pid === main.pid);
  const tasks = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && (e.name === 'RunTask' || e.name==='ThreadControllerImpl::RunTask') && e.dur > 5000);
  const reqs = ev.filter((e) => e.name === 'ResourceSendRequest').map((e) => [(e.ts - t0) / 1000 | 0, e.args.data.url.split('/').pop().slice(0, 30)]);
  console.log('run', r, 'FCP', fcp && ((fcp.ts - t0) / 1000).toFixed(0), 'LCP', lcps.map((e) => ((e.ts - t0) / 1000).toFixed(0) + ':' + e.args.data.size).join(' '));
  console.log(' requests', JSON.stringify(reqs));
  for (const t of tasks) {
    const inner = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ts >= t.ts && e.ts + (e.dur||0) <= t.ts + t.dur && e.dur > 1000 && e !== t);
    const names = {};
    for (const e of inner) names[e.name] = Math.max(names[e.name] ?? 0, e.dur / 1000);
    const top = Object.entries(names).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, d]) => `${n} ${d.toFixed(1)}`).join(', ');
    console.log(`  task @${((t.ts - t0) / 1000).toFixed(0)} ${(t.dur / 1000).toFixed(1)} ms: ${top}`);
  }
  await context.close();
}
await browser.close(); await srv.close();
