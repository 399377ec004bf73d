// Where a page's main-thread time goes while the widget starts: a Chromium trace, summed by event
// (script, layout, style, paint…), and a sampling profile of the JavaScript and wasm functions.
// Names are only readable with a wasm that keeps them; the release build strips them.
// Usage (after `node tests/bench/pages.mjs`):
//   node tests/bench/profile.mjs 'bench-client.html?src=bench-synthetic.json' [dist]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from '../e2e/serve.mjs';
import { launch } from '../e2e/browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [path = '', dist = join(root, 'dist')] = process.argv.slice(2);
const server = await serveDir(dist);
const browser = await launch();
const page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1024, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
await page.goto(server.url + path);
await page.locator('[data-sr-ready]').waitFor({ timeout: 60000 });
await page.waitForTimeout(300);
const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();

const main = trace.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const byEvent = new Map();
for (const e of trace) {
  if (e.pid === main.pid && e.tid === main.tid && e.ph === 'X') byEvent.set(e.name, (byEvent.get(e.name) ?? 0) + e.dur / 1000);
}
console.log('main thread, ms by trace event (nested events are counted in their parents too):');
for (const [name, ms] of [...byEvent].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${ms.toFixed(1).padStart(9)}  ${name}`);

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
profile.samples.forEach((id, i) => {
  const f = nodes.get(id).callFrame;
  const name = f.functionName || f.url.split('/').pop() || '(anonymous)';
  self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
console.log('\nfunctions, ms of self time (sampled):');
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms.toFixed(1).padStart(9)}  ${name.slice(0, 110)}`);
