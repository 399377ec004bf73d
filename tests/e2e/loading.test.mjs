// Reports from elsewhere. A report that cannot be loaded says why, where from, in the reader's
// language, and the report that was open stays. A report named by the page address (?src=) comes
// only from the page's own origin or one the page lists (src/report/src/report_origin.rs); an author's
// src attribute may name any site that allows it, and readers see which.
// Two local servers: the site (127.0.0.1:A) and another origin (127.0.0.1:B, also reached as
// localhost:B, which is a third origin to the browser).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDir, closedPort } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, here, dist } from './harness.mjs';

const fake = {
  format: 1,
  meta: {
    title: { vi: 'ĐÍNH CHÍNH: Tỉnh ủy hủy bỏ kết luận', en: 'CORRECTION: the Provincial Party Committee withdraws its conclusions' },
    event_date: '2021-01-05',
    place: { vi: 'Lạng Sơn' },
    source: { outlet: { vi: 'Một trang khác' } },
  },
  sections: [{ id: 'a', kind: 'conclusion', title: { vi: 'Kết luận' }, paragraphs: [{ vi: 'Nội dung.' }] }],
};
const json = (res, status, extra = {}) => res.writeHead(status, { 'content-type': 'application/json', ...extra }).end(JSON.stringify(fake));
const CORS = { 'access-control-allow-origin': '*' };

let site, other, browser, refused;
before(async () => {
  other = await serveDir(dist, {}, {}, {
    handlers: {
      '/cors/report.json': (req, res) => json(res, 200, CORS),
      '/no-cors/report.json': (req, res) => json(res, 200),
      // From an allowed origin (127.0.0.1:B) to one the page does not list (localhost:B).
      '/cors/redirect.json': (req, res) => res.writeHead(302, { location: `http://localhost:${other.port}/cors/report.json`, ...CORS }).end(),
    },
  });
  const page = (body, head = '') => (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Test page</title><link rel="icon" href="/favicon.svg">${head}` +
    `<link rel="stylesheet" href="/widget.css"><script type="module" src="/embed.js"></script></head><body>${body}</body></html>`);
  site = await serveDir(dist, { '/pages/': join(here, 'pages') }, {}, {
    handlers: {
      '/broken/error.json': (req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error'),
      '/broken/hang.json': () => { /* never answers */ },
      '/listed.html': page('<div data-session-report data-key="listed"></div>',
        `<meta name="session-report-origins" content="http://127.0.0.1:${other.port}">`),
      '/author.html': page(`<session-report id="far" src="http://127.0.0.1:${other.port}/cors/report.json" lang="vi"></session-report>`),
    },
  });
  refused = await closedPort();
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); await other?.close(); });

/** Errors a failed load rightly logs (the browser's own network messages); anything else counts. */
const unexpected = (errors) => errors.filter((e) => !/Failed to load resource|CORS policy|net::ERR_|^5\d\d http/.test(e));

const SEED_VI = 'Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng';
const failures = [
  { name: 'another origin without CORS headers', src: () => `${other.url}no-cors/report.json`,
    vi: /Không kết nối được tới máy chủ/, en: /The server could not be reached/ },
  { name: 'a refused connection', src: () => `http://127.0.0.1:${refused}/report.json`,
    vi: /Không kết nối được tới máy chủ/, en: /The server could not be reached/ },
  { name: 'an HTTP 500', src: () => '/broken/error.json', vi: /Máy chủ trả lời lỗi 500\./, en: /The server answered with error 500\./ },
  // The 15 s limit is the readers' own: the test moves the page's clock instead of shortening it.
  { name: 'a server that never answers', src: () => '/broken/hang.json', clock: true,
    vi: /Máy chủ không trả lời sau 15 giây\./, en: /The server did not answer within 15 seconds\./ },
];

for (const f of failures) {
  test(`${f.name}: a located message in both languages, and the open report stays`, async () => {
    const { page, errors, context } = await openPage(browser, site.url + 'pages/bare.html');
    const widget = page.locator('session-report#w');
    await widget.locator('h2.sr-title').waitFor();
    if (f.clock) await page.clock.install();
    const src = f.src();
    await widget.evaluate((w, src) => w.setAttribute('src', src), src);
    const notice = widget.locator('.sr-notice');
    if (f.clock) {
      await widget.locator('.sr-loading').waitFor();
      // Until the notice is there: the fetch's timer may be set a moment after the loading line.
      for (let i = 0; i < 10 && !(await notice.count()); i++) await page.clock.runFor(4000);
    }
    await notice.waitFor();
    const vi = await notice.innerText();
    assert.ok(vi.includes(`Không mở được báo cáo từ ${src}`), `names where it came from: ${vi}`);
    assert.match(vi, f.vi);
    assert.equal(await widget.locator('h2.sr-title').innerText(), SEED_VI, 'the open report stays');
    await widget.evaluate((w) => w.setAttribute('lang', 'en'));
    await widget.locator('article[lang="en"]').waitFor();
    await widget.locator('.sr-notice', { hasText: f.en }).waitFor();
    assert.ok((await notice.innerText()).includes(`Could not open the report from ${src}`));
    assert.match(await widget.locator('h2.sr-title').innerText(), /^Standing Board of the Provincial Party Committee/);
    assert.deepEqual(unexpected(errors), []);
    await context.close();
  });
}

for (const path of ['', 'frame.html']) {
  for (const locale of ['vi-VN', 'en-US']) {
    test(`${path || 'index.html'}?src= on another site is refused (${locale}), and nothing is fetched from it`, async () => {
      const src = `${other.url}cors/report.json`;
      const before = other.requests.length;
      const { page, errors, context } = await openPage(browser, `${site.url}${path}?src=${encodeURIComponent(src)}`, { locale });
      const notice = page.locator('.sr-notice[role="alert"]');
      await notice.waitFor();
      const text = await notice.innerText();
      const origin = `http://127.0.0.1:${other.port}`;
      if (locale === 'vi-VN') assert.ok(text.includes(`Trang này không hiển thị báo cáo từ ${origin}`), text);
      else assert.ok(text.includes(`This page does not show reports from ${origin}`), text);
      assert.equal(await page.getByText(fake.meta.title.vi).count(), 0, 'the fake headline is not shown');
      assert.equal(await page.locator('h2.sr-title').count(), 0, 'nor any report in its place');
      assert.deepEqual(other.requests.slice(before), [], 'no request reached the other site (no preload, no fetch)');
      assert.deepEqual(unexpected(errors), []);
      await context.close();
    });
  }
}

test('a site that lists an origin gets ?src= reports from it, and readers see where from', async () => {
  const { page, errors, context } = await openPage(browser, `${site.url}listed.html?src=${encodeURIComponent(`${other.url}cors/report.json`)}`);
  await page.getByText(fake.meta.title.vi).waitFor();
  const origin = page.locator('.sr-meta__row', { hasText: 'Tệp báo cáo từ' });
  assert.equal(await origin.locator('dd').innerText(), `http://127.0.0.1:${other.port}`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('.sr-meta__row', { hasText: 'Report file from' }).waitFor();
  assert.deepEqual(unexpected(errors), []);
  await context.close();
});

test("an author's src attribute may name any site that allows it; readers see which", async () => {
  const { page, errors, context } = await openPage(browser, `${site.url}author.html`);
  const widget = page.locator('session-report#far');
  await widget.getByText(fake.meta.title.vi).waitFor();
  assert.equal(await widget.locator('[data-origin]').innerText(), `http://127.0.0.1:${other.port}`);
  // The site's own reports say nothing of the kind.
  const own = await openPage(browser, `${site.url}pages/bare.html`);
  await own.page.locator('session-report#w h2.sr-title').waitFor();
  assert.equal(await own.page.locator('session-report#w [data-origin]').count(), 0);
  assert.deepEqual(unexpected(errors), []);
  await context.close();
  await own.context.close();
});

test('a redirect from an allowed origin to one the page does not list is refused', async () => {
  const { page, errors, context } = await openPage(browser, `${site.url}listed.html?src=${encodeURIComponent(`${other.url}cors/redirect.json`)}`);
  const notice = page.locator('.sr-notice[role="alert"]');
  await notice.waitFor();
  assert.ok((await notice.innerText()).includes(`Trang này không hiển thị báo cáo từ http://localhost:${other.port}`), await notice.innerText());
  assert.equal(await page.getByText(fake.meta.title.vi).count(), 0);
  assert.deepEqual(unexpected(errors), []);
  await context.close();
});
