import { chromium } from 'playwright-core';
import { serveDir } from './serve.mjs';
const s = await serveDir('../../dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu'] });
const p = await b.newPage({ locale: 'vi-VN', viewport: { width: 1024, height: 900 } });
await p.goto(s.url + (process.argv[2] || '')); await p.locator('[data-sr-ready]').waitFor({ timeout: 60000 }); await p.waitForTimeout(1500);
console.log(JSON.stringify(await p.evaluate(async () => {
  const r = [];
  const origReplace = history.replaceState.bind(history); let rs = 0;
  history.replaceState = (...a) => { const t = performance.now(); origReplace(...a); rs += performance.now() - t; };
  for (let i = 0; i < 30; i++) {
    const button = document.querySelector('.sr-section__toggle');
    const to = button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true';
    rs = 0; const t0 = performance.now(); button.click();
    while (button.getAttribute('aria-expanded') !== to) await null;
    const t1 = performance.now(); void document.body.offsetHeight; const t2 = performance.now();
    r.push([+(t1 - t0).toFixed(1), +(t2 - t1).toFixed(1), +rs.toFixed(1)]);
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  }
  return r;
})));
await b.close(); await s.close();
