import { chromium } from 'playwright-core';
import { serveDir } from './serve.mjs';
const s = await serveDir('../../dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu'] });
const p = await b.newPage({ locale: 'vi-VN', viewport: { width: 1024, height: 900 } });
await b.startTracing(p, { categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'v8', 'disabled-by-default-devtools.timeline'] });
await p.goto(s.url + (process.argv[2] || 'bench-client.html?src=bench-synthetic.json')); await p.locator('[data-sr-ready]').waitFor({ timeout: 60000 });
await p.waitForTimeout(200);
const buf = await b.stopTracing();
const ev = JSON.parse(buf.toString()).traceEvents;
// main thread of the renderer: the thread with most 'RunTask'... find CrRendererMain
const names = ev.filter(e => e.name === 'thread_name');
const main = names.find(e => e.args.name === 'CrRendererMain');
const on = ev.filter(e => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const sum = new Map();
for (const e of on) sum.set(e.name, (sum.get(e.name) || 0) + e.dur / 1000);
for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
await b.close(); await s.close();
