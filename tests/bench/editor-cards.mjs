// The editor's indicator cards (issue 26 item 4), measured, not judged: with the seed report opened
// in the review step (1280 × 900, Vietnamese), each card's height in px and the Tab presses it
// takes to pass it (Tab pressed from its first control until the focus leaves it, reading
// document.activeElement), then the whole indicator list's height and Tab stops. Prints a table.
//
// Usage: node tests/bench/editor-cards.mjs [--dist dist] [--open] (--open: every card opened first)
import { join } from 'node:path';
import { serveDir } from '../e2e/serve.mjs';
import { launch } from '../e2e/browser.mjs';
import { dist, root } from './args.mjs';

const SEED = join(root, 'static', 'reports', 'van-lang-2020-11-03.json');
const server = await serveDir(dist);
const browser = await launch();
try {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}editor.html`);
  await page.locator('.ed-file input[accept^=".json"]').setInputFiles(SEED);
  await page.locator('.ed-step[data-step="review"]').click();
  const cards = page.locator('.ed-indicator');
  await cards.first().waitFor();
  if (process.argv.includes('--open')) {
    await page.evaluate(() => document.querySelectorAll('.ed-indicator details').forEach((d) => { d.open = true; }));
  }
  const n = await cards.count();
  const rows = [];
  for (let k = 0; k < n; k++) {
    const height = await cards.nth(k).evaluate((c) => Math.round(c.getBoundingClientRect().height));
    // Focus the card's first focusable control, then Tab until the focus is outside the card.
    const focused = await cards.nth(k).evaluate((c) => {
      for (const el of c.querySelectorAll('summary, button, input, select, textarea, a[href]')) {
        el.focus();
        if (document.activeElement === el) return true;
      }
      return false;
    });
    let stops = focused ? 1 : 0;
    while (focused && stops < 200) {
      await page.keyboard.press('Tab');
      const inside = await cards.nth(k).evaluate((c) => c.contains(document.activeElement));
      if (!inside) break;
      stops += 1;
    }
    rows.push({ card: k + 1, height, stops });
  }
  const list = await page.locator('.ed-indicator').first().evaluate((c) => Math.round(c.closest('fieldset').getBoundingClientRect().height));
  console.table(rows);
  const sum = (f) => rows.reduce((a, r) => a + r[f], 0);
  console.log(`editor cards: ${n} cards, heights ${Math.min(...rows.map((r) => r.height))}–${Math.max(...rows.map((r) => r.height))} px (median ${rows.map((r) => r.height).sort((a, b) => a - b)[Math.floor(n / 2)]}), `
    + `Tab stops per card ${Math.min(...rows.map((r) => r.stops))}–${Math.max(...rows.map((r) => r.stops))}, all cards ${sum('stops')} Tab stops; the indicators' card ${list} px tall`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
