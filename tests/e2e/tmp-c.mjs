import { chromium } from 'playwright-core';
import { serveDir } from './serve.mjs';
const s = await serveDir('../../dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu'] });
for (let i = 0; i < 2; i++) {
const p = await b.newPage({ locale: 'vi-VN', viewport: { width: 1024, height: 900 } });
p.on('console', m => console.log(m.text()));
await p.addInitScript(() => addEventListener('TrunkApplicationStarted', () => { console.log('wasm at ' + Date.now()); }));
await p.goto(s.url + 'bench-client.html?src=bench-synthetic.json'); await p.locator('[data-sr-ready]').waitFor({ timeout: 60000 });
console.log('ready at', await p.evaluate(() => Date.now()));
await p.close(); }
await b.close(); await s.close();
