import { chromium } from 'playwright-core';
import { serveDir } from './serve.mjs';
const s = await serveDir('../../dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu'] });
for (let i = 0; i < 3; i++) {
const p = await b.newPage({ locale: 'vi-VN', viewport: { width: 1024, height: 900 } });
const cdp = await p.context().newCDPSession(p);
await cdp.send('Performance.enable');
await p.addInitScript(() => addEventListener('TrunkApplicationStarted', () => { window.__w = performance.now(); }));
await p.goto(s.url + 'bench-client.html?src=bench-synthetic.json'); await p.locator('[data-sr-ready]').waitFor({ timeout: 60000 });
const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(x => [x.name, x.value]));
const r = await p.evaluate(() => { const f = performance.getEntriesByType('resource').find(e => e.name.includes('synthetic')); return { wasm: window.__w|0, fetchStart: f?.startTime|0, fetchEnd: f?.responseEnd|0, now: performance.now()|0 }; });
console.log(r, { script: m.ScriptDuration.toFixed(3), layout: m.LayoutDuration.toFixed(3), style: m.RecalcStyleDuration.toFixed(3), nodes: m.Nodes, task: m.TaskDuration.toFixed(3) });
await p.close(); }
await b.close(); await s.close();
