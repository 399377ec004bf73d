// The widget on a news page must not move the article around (Core Web Vitals' CLS): every shift
// not caused by the reader's input, summed over the load, stays within 0.05, for both forms of the
// snippet an editor is given (the pre-rendered embed that `prerender --embed` prints, and the light
// one that `prerender --snippet` prints, whose box keeps one height until the reader opens it), on
// a phone and a desktop, for a short and a long report, with and without a slow CPU and network.
// The bare `<session-report src>` element (no shadow root in the HTML) and the iframe form are
// measured too, for the README, but not held to the limit: the bare element's box can only appear
// once the script has run, and an iframe takes its content's height when the frame reports it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { artifacts, dist, here } from './harness.mjs';

const LIMIT = 0.05;
const pages = join(artifacts, 'layout-shift');
const root = join(here, '..', '..');

const short = {
  format: 1,
  meta: {
    title: { vi: 'Lãnh đạo huyện làm việc với xã Tân Lập', en: 'District leaders work with Tân Lập commune' },
    event_date: '2024-03-15',
    place: { vi: 'Xã Tân Lập', en: 'Tân Lập commune' },
    source: { outlet: { vi: 'Báo thử nghiệm', en: 'Test paper' } },
  },
  sections: [{ id: 'conclusion', kind: 'conclusion', title: { vi: 'Kết luận', en: 'Conclusion' },
    paragraphs: [{ vi: 'Đồng chí Bí thư Huyện ủy ghi nhận kết quả xã đạt được.', en: 'The district party secretary noted the commune’s results.' }] }],
};

/** A news article: a title, a paragraph, the snippet, then 30 paragraphs of text. */
const article = (snippet) => `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Bài báo</title><link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="/cls/article.css"></head><body><h1>Tiêu đề bài báo về buổi làm việc</h1>
<p>Đoạn mở đầu của bài báo, trước tiện ích báo cáo.</p>
${snippet}
${Array.from({ length: 30 }, (_, i) => `<p>Đoạn ${i + 1}: phần tiếp theo của bài báo, đủ dài để xuống dòng vài lần trên điện thoại cũng như trên máy tính để bàn.</p>`).join('\n')}
</body></html>`;

let server, browser;
before(async () => {
  mkdirSync(pages, { recursive: true });
  writeFileSync(join(pages, 'short.json'), JSON.stringify(short));
  writeFileSync(join(pages, 'article.css'), 'body { max-width: 44rem; margin: 0 auto; padding: 0 1rem; font: 18px/1.6 Georgia, serif; }');
  const reports = { short: join(pages, 'short.json'), long: join(dist, 'reports', 'van-lang-2020-11-03.json') };
  for (const [name, file] of Object.entries(reports)) {
    const src = name === 'short' ? '/cls/short.json' : '/reports/van-lang-2020-11-03.json';
    writeFileSync(join(pages, `bare-${name}.html`), article(
      `<script type="module" src="/embed.js"></script>\n<session-report src="${src}" lang="vi"></session-report>`));
    // Exactly what an editor is handed by the command line.
    const prerender = (...args) => execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender', '--', ...args, '--base', '/'],
      { cwd: root, encoding: 'utf8' });
    writeFileSync(join(pages, `prerendered-${name}.html`), article(prerender('--embed', file, src)));
    writeFileSync(join(pages, `light-${name}.html`), article(prerender('--snippet', src)));
    // The iframe as the README gives it (a fixed height; the report scrolls inside), and with
    // iframe-resize.js, which gives the frame its content's height once the frame reports it.
    writeFileSync(join(pages, `iframe-${name}.html`), article(`<iframe src="/frame.html?src=${encodeURIComponent(src)}" title="Báo cáo"
      style="width:100%;height:40rem;border:0" loading="lazy"></iframe>`));
    writeFileSync(join(pages, `iframe-auto-${name}.html`), article(`<iframe src="/frame.html?src=${encodeURIComponent(src)}" title="Báo cáo"
      style="width:100%;border:0" loading="lazy"></iframe><script src="/iframe-resize.js" defer></script>`));
  }
  server = await serveDir(dist, { '/cls/': pages }, {}, { brotli: true });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function layoutShift(path, { width, height, slow }) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 93750 });
  }
  await page.goto(server.url + path);
  // Live, with its report on screen; then time for anything that would still move (charts
  // redrawn for their width, late fonts): two frames and a second.
  if (path.includes('iframe-')) {
    await page.frameLocator('iframe').locator('[data-sr-ready] h2.sr-title').waitFor({ timeout: 60000 });
    // With iframe-resize.js, the parent sizes the frame when the frame reports its height.
    if (path.includes('-auto-')) {
      await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 200, null, { timeout: 60000 });
    }
  } else {
    await page.locator('session-report [data-sr-ready] h2.sr-title').waitFor({ timeout: 60000 });
  }
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForTimeout(1000);
  const shift = await page.evaluate(() => window.__shift);
  assert.deepEqual(errors, [], path);
  return { shift, page, context };
}

for (const form of ['prerendered', 'light', 'iframe', 'bare', 'iframe-auto']) {
  const held = ['prerendered', 'light', 'iframe'].includes(form);
  test(held ? `the ${form} snippet moves nothing on the page (CLS ≤ ${LIMIT})` : `the ${form} form: its layout shift, measured`,
    { timeout: 240000 }, async () => {
    const rows = [];
    for (const report of ['short', 'long']) {
      for (const [device, width, height] of [['phone', 390, 844], ['desktop', 1100, 900]]) {
        for (const slow of [false, true]) {
          const { shift, context } = await layoutShift(`cls/${form}-${report}.html`, { width, height, slow });
          rows.push(`${form} ${report} ${device} ${slow ? 'throttled' : 'unthrottled'}: ${shift.toFixed(3)}`);
          if (held) assert.ok(shift <= LIMIT, `${rows.at(-1)} (limit ${LIMIT})`);
          await context.close();
        }
      }
    }
    console.log(`layout shift (sum, no input), ${form} snippet:\n  ${rows.join('\n  ')}`);
  });
}

test('a compact embed opens on request or on keyboard focus, and reads in full', async () => {
  const { page, context } = await layoutShift('cls/light-long.html', { width: 390, height: 844, slow: false });
  const widget = page.locator('session-report');
  const box = () => widget.evaluate((w) => Math.round(w.getBoundingClientRect().height));
  const compactHeight = await box();
  assert.ok(compactHeight > 300 && compactHeight < 700, `a compact box of ${compactHeight}px`);
  await widget.getByRole('button', { name: 'Xem toàn bộ báo cáo' }).click();
  await widget.locator('[data-sr-ready]:not([data-compact])').waitFor();
  await page.waitForFunction((h) => document.querySelector('session-report').getBoundingClientRect().height > h * 4, compactHeight);
  assert.equal(await widget.getByRole('button', { name: 'Xem toàn bộ báo cáo' }).count(), 0);
  assert.equal(await page.evaluate(() => document.querySelector('session-report').shadowRoot.activeElement?.tagName), 'ARTICLE',
    'focus moves to the report the button opened');
  await context.close();

  // Keyboard: tabbing into the widget opens it (the shift that follows an input does not count).
  const again = await layoutShift('cls/light-long.html', { width: 1100, height: 900, slow: false });
  for (let i = 0; i < 3 && !(await again.page.evaluate(() => !!document.querySelector('session-report').shadowRoot.activeElement)); i++) {
    await again.page.keyboard.press('Tab');
  }
  await again.page.locator('session-report [data-sr-ready]:not([data-compact])').waitFor();
  await again.context.close();
});
