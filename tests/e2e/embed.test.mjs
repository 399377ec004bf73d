// End to end: the widget embedded in news pages, isolation both ways, other paths, iframe mode,
// share links, and failures that keep what the reader has.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, liveWidgets, here, dist, eventually, attributeIs, reaches } from './harness.mjs';

let server, browser;
before(async () => {
  // Bootstrap, the isolation test's host CSS, is a test-only package (tests/e2e/node_modules).
  server = await serveDir(dist, { '/pages/': join(here, 'pages'), '/cdn/v1/': dist,
    '/vendor/': join(here, 'node_modules', 'bootstrap', 'dist', 'css') });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const open = (path, options) => openPage(browser, server.url + path, options);

/** The widget's title inside a <session-report>'s shadow root (playwright pierces open shadow roots). */
const title = (page, id) => page.locator(`session-report#${id} h2.sr-title`);

test('the demo page: two widgets and an iframe sized to its content', async () => {
  const { page, errors, context } = await open('demo.html');
  await title(page, 'vi-report').waitFor();
  assert.equal(await title(page, 'vi-report').innerText(), 'Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng');
  await title(page, 'en-report').waitFor();
  assert.match(await title(page, 'en-report').innerText(), /^Standing Board of the Provincial Party Committee/);
  const frame = page.frameLocator('iframe');
  // The iframe loads lazily: below two full reports, only once the reader scrolls near it.
  await page.locator('iframe').scrollIntoViewIfNeeded();
  await frame.locator('[data-sr-ready] h2.sr-title').waitFor();
  // The iframe follows its content's height, also after the content changes. The frame posts its
  // height from a ResizeObserver and the host page then resizes the iframe: both come after the
  // render, so the heights are read until they agree.
  const sizes = async () => {
    const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.locator('[data-session-report]').evaluate((w) => Math.ceil(w.getBoundingClientRect().bottom + window.scrollY));
    return [outer, inner];
  };
  const [tall] = await eventually(sizes, ([outer, inner]) => Math.abs(outer - inner) <= 2,
    ([outer, inner]) => `iframe ${outer}px for ${inner}px of content`);
  await frame.getByRole('button', { name: 'Collapse all' }).click();
  await eventually(sizes, ([outer, inner]) => Math.abs(outer - inner) <= 2 && outer < tall,
    ([outer, inner]) => `after collapsing: iframe ${outer}px (was ${tall}px) for ${inner}px of content`);
  // Each widget keeps its own state: once the click has closed the section in one widget, the
  // same section in the other is still open.
  const toggleIn = (id) => page.locator(`session-report#${id} [data-section="economy"] .sr-section__toggle`);
  // The first widget is a compact embed (not pre-rendered): the reader opens it first.
  await page.locator('session-report#vi-report').getByRole('button', { name: 'Xem toàn bộ báo cáo' }).click();
  await page.locator('session-report#vi-report [data-sr-ready]:not([data-compact])').waitFor();
  await toggleIn('vi-report').click();
  await attributeIs(toggleIn('vi-report'), 'aria-expanded', 'false', 'the clicked section closes');
  assert.equal(await toggleIn('en-report').getAttribute('aria-expanded'), 'true', "the other widget's section stays open");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the demo page's two widgets of one report download it once", async () => {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The page's own requests for the report (the iframe, further down, is a page of its own).
  const requests = [];
  page.on('request', (r) => { if (r.frame() === page.mainFrame() && r.url().endsWith('/reports/van-lang-2020-11-03.json')) requests.push(r.url()); });
  await page.goto(server.url + 'demo.html');
  await liveWidgets(page);
  await title(page, 'vi-report').waitFor();
  await title(page, 'en-report').waitFor();
  // Both widgets are showing it: every request for it has been made by now.
  assert.equal(requests.length, 1, `one request for the report, not ${requests.length}: ${requests.join(', ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

const probes = {
  title: 'h2.sr-title',
  toggle: '[data-section="economy"] .sr-section__toggle',
  paragraph: '[data-section="economy"] .sr-section__body p',
  figure: '[data-section="economy"] .sr-figure__value',
  svg: '[data-section="economy"] .sr-chart svg',
  item: '[data-section="discussion"] .sr-items li',
  button: '.sr-toolbar .sr-btn',
};
const properties = ['display', 'font-size', 'font-family', 'font-weight', 'line-height', 'color', 'background-color',
  'text-transform', 'text-align', 'letter-spacing', 'margin-top', 'padding-top', 'border-top-width', 'width', 'list-style-type'];

async function widgetStyles(page) {
  await title(page, 'w').waitFor();
  const styles = {};
  for (const [name, selector] of Object.entries(probes)) {
    styles[name] = await page.locator(`session-report#w ${selector}`).first().evaluate((el, props) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }, properties);
  }
  return styles;
}

test("host CSS (Bootstrap and aggressive global rules) does not change the widget", async () => {
  const bare = await open('pages/bare.html', { viewport: { width: 900, height: 800 } });
  const hostile = await open('pages/hostile.html', { viewport: { width: 900, height: 800 } });
  const [a, b] = [await widgetStyles(bare.page), await widgetStyles(hostile.page)];
  assert.deepEqual(b, a);
  assert.equal(a.button.display, 'block', "the widget's buttons are shown despite button { display: none }");
  assert.deepEqual(bare.errors, []);
  assert.deepEqual(hostile.errors, []);
  await bare.context.close();
  await hostile.context.close();
});

test("the widget's CSS does not change the host page", async () => {
  const host = async (path) => {
    const { page, errors, context } = await open(path);
    if (path.includes('bare')) await title(page, 'w').waitFor();
    const styles = await page.evaluate((props) => ['.host-text', '.host-button', 'body'].map((s) => {
      const cs = getComputedStyle(document.querySelector(s));
      return props.map((p) => cs.getPropertyValue(p));
    }), properties);
    await context.close();
    return { styles, errors };
  };
  const [without, withWidget] = [await host('pages/no-widget.html'), await host('pages/bare.html')];
  assert.deepEqual(withWidget.styles, without.styles);
  assert.deepEqual(withWidget.errors, []);
});

test('works when the files are served from another path (a CDN)', async () => {
  const { page, errors, context } = await open('pages/cdn.html');
  await title(page, 'cdn').waitFor();
  assert.match(await title(page, 'cdn').innerText(), /^Standing Board/);
  await reaches(page.locator('session-report#cdn .sr-chart svg').first(), 'visible', 'the charts are drawn');
  assert.deepEqual(errors, []);
  await context.close();
});

test("a report that cannot be loaded shows why, in the reader's language, never a blank box", async () => {
  const { page, errors, context } = await open('pages/failing.html');
  const notice = page.locator('session-report#gone [role="alert"]');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /Could not open the report from \/reports\/no-such-report\.json/);
  assert.match(text, /not found \(error 404\)/);
  await reaches(page.locator('session-report#gone').getByRole('button', { name: 'Try again' }), 'visible', 'a way to try again');
  assert.deepEqual(errors.filter((e) => !e.includes('no-such-report') && !e.includes('404 (Not Found)')), []);
  await context.close();
});

test('a broken file keeps the report that was open, with a way back', async () => {
  const { page, errors, context } = await open('');
  await page.locator('h2.sr-title').waitFor();
  await page.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 1, "meta": ') });
  const notice = page.locator('.sr-notice[role="alert"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /Không mở được tệp broken\.json/);
  // The problem's line comes with the editor's details, from their own bundle.
  await eventually(async () => /dòng 1/.test(await notice.innerText()), true, 'the details name the line');
  assert.equal(await page.locator('h2.sr-title').innerText(), 'Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng', 'the open report stays');
  await page.getByRole('button', { name: 'Quay lại báo cáo đang xem' }).click();
  await eventually(() => notice.count(), 0, 'going back removes the notice');
  // A valid file, dropped on the widget, replaces the report.
  const other = (await (await fetch(server.url + 'reports/van-lang-2020-11-03.json')).text())
    .replace('Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng"', 'Một báo cáo khác"');
  await page.evaluate((json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], 'other.json', { type: 'application/json' }));
    document.querySelector('.sr-app').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, other);
  await page.getByText('Một báo cáo khác', { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('share links reopen the same view, per widget, without touching the hash or history', async () => {
  const { page, errors, context } = await open('#/host-route');
  await page.locator('h2.sr-title').waitFor();
  const history = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await page.locator('[data-section="economy"] .sr-section__toggle').click();
  await page.locator('[data-section="economy"] .sr-chart button[aria-pressed]').click();
  // The widget writes the address after the frame that shows the change (app.rs), not in the click.
  const url = await eventually(() => page.url(), /\/\?sr-report=l\.en~o\.economy~t\.economy:0#/,
    'the address carries the view: English, only the economy section open, its chart as a table');
  assert.ok(url.endsWith('#/host-route'), `the host's hash stays: ${url}`);
  assert.equal(await page.evaluate(() => history.length), history, 'no Back-button steps added');

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied').waitFor();
  await eventually(() => page.evaluate(() => navigator.clipboard.readText()), url, 'the copied link is the address');

  const again = await context.newPage();
  await again.goto(url);
  await liveWidgets(again);
  await again.locator('article[lang="en"]').waitFor();
  await eventually(() => again.locator('.sr-section__toggle').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-expanded'))),
    ['false', 'false', 'true', 'false', 'false', 'false', 'false', 'false'], 'the link reopens only the economy section');
  await reaches(again.locator('[data-section="economy"] .sr-chart table'), 'visible', "the link shows the economy chart as a table");
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to a section opens it and scrolls it into view', async () => {
  const { page, errors, context } = await open('?sr-report=o.~f.conclusion', { viewport: { width: 800, height: 600 } });
  const section = page.locator('[data-section="conclusion"]');
  await section.locator('.sr-section__toggle[aria-expanded="true"]').waitFor();
  // The widget scrolls after the render that opened the section.
  await eventually(() => section.evaluate((s) => s.getBoundingClientRect().top), (top) => top >= -1 && top < 600,
    (top) => `section at ${top}px, not in the 600px viewport`);
  assert.equal(await page.locator('[data-section="economy"] .sr-section__toggle').getAttribute('aria-expanded'), 'false');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile or stale state in the address is ignored', async () => {
  const values = [
    '<script>window.__pwned=1</script>',
    'l.en~f.<img src=x onerror="window.__pwned=1">',
    'o.no-such-section~t.economy:999999999999',
    'x'.repeat(10000),
    'javascript:window.__pwned=1',
  ];
  for (const value of values) {
    const { page, errors, context } = await open(`?sr-report=${encodeURIComponent(value)}&src=${encodeURIComponent('javascript:window.__pwned=1')}`);
    await page.locator('[role="alert"], h2.sr-title').first().waitFor();
    assert.equal(await page.evaluate(() => window.__pwned), undefined, value);
    await reaches(page.locator('.sr-widget').first(), 'visible', `not blank for ${value.slice(0, 40)}`);
    assert.deepEqual(errors, [], value.slice(0, 40));
    await context.close();
  }
});

test('changing src loads the new report; a failing src keeps the one on screen; lang switches', async () => {
  const { page, errors, context } = await open('pages/bare.html');
  await title(page, 'w').waitFor();
  const widget = page.locator('session-report#w');
  await widget.evaluate((w) => w.setAttribute('src', '/reports/no-such-report.json'));
  const notice = widget.locator('.sr-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /no-such-report\.json[\s\S]*404/);
  assert.equal(await title(page, 'w').innerText(), 'Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng', 'the open report stays');
  await widget.evaluate((w) => w.setAttribute('lang', 'en'));
  await widget.locator('article[lang="en"]').waitFor();
  await widget.evaluate((w) => w.setAttribute('src', '/reports/van-lang-2020-11-03.json'));
  await notice.waitFor({ state: 'detached' });
  await eventually(() => title(page, 'w').innerText(), /^Standing Board/, 'the new report, in English');
  assert.deepEqual(errors.filter((e) => !e.includes('no-such-report') && !e.includes('404 (Not Found)')), []);
  await context.close();
});
