import { chromium } from 'playwright-core';
import { serveDir } from './serve.mjs';
const s = await serveDir('/tmp/m/prof');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu'] });
const p = await b.newPage({ locale: 'vi-VN', viewport: { width: 1024, height: 900 } });
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
await p.goto(s.url + 'bench-client.html?src=bench-synthetic.json'); await p.locator('[data-sr-ready]').waitFor({ timeout: 60000 });
const mode = process.argv[2];
if (mode === 'lang') { await cdp.send('Profiler.stop'); await cdp.send('Profiler.start'); await p.evaluate(async () => { for (const to of ['en','vi','en','vi']) { document.querySelector(`.sr-lang__btn[lang="${to}"]`).click(); await new Promise(r => setTimeout(r, 50)); } }); }
if (mode === 'toggle') { await cdp.send('Profiler.stop'); await cdp.send('Profiler.start'); await p.evaluate(async () => { for (let i = 0; i < 20; i++) { document.querySelector('.sr-section__toggle').click(); await new Promise(r => setTimeout(r, 20)); } }); }
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map(n => [n.id, n]));
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)'; self.set(k, (self.get(k) || 0) + (dt[i] || 0)); });
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total / 1000).toFixed(0));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(8), k.slice(0, 120));
await b.close(); await s.close();
