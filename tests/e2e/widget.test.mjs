// End to end: the release build served on 127.0.0.1, opened in Debian's Chromium as a reader would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, dist, here, artifacts, eventually, attributeIs, reaches, nextFrames } from './harness.mjs';


let server, browser;
before(async () => { server = await serveDir(dist, { '/pages/': join(here, 'pages') }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens the widget page (a Vietnamese reader unless `options` says otherwise), once its title is there. */
async function open(options = {}, path = '') {
  const { page, errors } = await openPage(browser, server.url + path, options);
  await page.locator('h2.sr-title').waitFor();
  return { page, errors };
}

test('the seed report renders and a section toggles, with no console errors', async () => {
  const { page, errors } = await open({ viewport: { width: 1024, height: 900 } });
  assert.equal(await page.locator('h2.sr-title').innerText(), 'Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng');
  assert.equal(await page.locator('.sr-section').count(), 8);
  await page.screenshot({ path: join(artifacts, 'desktop-vi.png'), fullPage: true });

  const toggle = page.locator('[data-section="economy"] .sr-section__toggle');
  const body = page.locator('[data-section="economy"] .sr-section__body');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await body.getByText('5.755 ha', { exact: true }).isVisible());
  await toggle.click();
  await attributeIs(toggle, 'aria-expanded', 'false', 'a click closes the section');
  await reaches(body, 'hidden', "a closed section's content is hidden");
  await toggle.click();
  await attributeIs(toggle, 'aria-expanded', 'true', 'a second click opens it again');
  await reaches(body, 'visible', "an open section's content is shown");

  assert.deepEqual(errors, []);
  await page.close();
});

test('toggles work from the keyboard alone', async () => {
  const { page, errors } = await open();
  const toggle = page.locator('[data-section="discussion"] .sr-section__toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await attributeIs(toggle, 'aria-expanded', 'false', 'Enter closes the section');
  await page.keyboard.press('Space');
  await attributeIs(toggle, 'aria-expanded', 'true', 'Space opens it again');
  // Tab moves into the open section (its link button), then on past its content.
  await page.keyboard.press('Tab');
  await eventually(() => page.evaluate(() => [document.activeElement.closest('[data-section]')?.dataset.section, document.activeElement.dataset.action]),
    ['discussion', 'copy-section-link'], "Tab moves to the open section's link button");
  await page.keyboard.press('Tab');
  await eventually(() => page.evaluate(() => document.activeElement.closest('[data-section]')?.dataset.section),
    'proposed-tasks', 'the next Tab moves on past the section, to the next one');
  assert.deepEqual(errors, []);
  await page.close();
});

test('fits a 320 px phone without sideways scrolling, in English too', async () => {
  const { page, errors } = await open({ viewport: { width: 320, height: 640 } });
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('article[lang="en"]').waitFor();
  await eventually(() => page.locator('h2.sr-title').innerText(),
    'Standing Board of the Provincial Party Committee works with the Văn Lãng District Party Committee', 'the title in English');
  await nextFrames(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: join(artifacts, 'phone-en.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the first language comes from the link, then the browser, then Vietnamese', async () => {
  const lang = async (options, path) => {
    const { page, errors } = await open(options, path);
    const value = await page.locator('article.sr-widget').getAttribute('lang');
    assert.deepEqual(errors, []);
    await page.close();
    return value;
  };
  assert.equal(await lang({ locale: 'fr-FR' }, ''), 'vi', 'no known language: Vietnamese');
  assert.equal(await lang({ locale: 'en-US' }, ''), 'en', "the reader's browser language");
  assert.equal(await lang({ locale: 'en-US' }, '?lang=vi'), 'vi', 'the link wins over the browser');
  assert.equal(await lang({ locale: 'vi-VN' }, '?lang=en'), 'en');
  assert.equal(await lang({ locale: 'en-US' }, '?lang=%3Cscript%3E'), 'en', 'a bad value is ignored');
});

test('charts download as SVG, PNG and CSV, and the report as JSON, all from the page', async () => {
  const { page, errors } = await open({ acceptDownloads: true });
  const chart = page.locator('[data-section="economy"] .sr-chart');
  const grab = async (locator) => {
    const [download] = await Promise.all([page.waitForEvent('download'), locator.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  };
  const svg = await grab(chart.locator('[data-download="svg"]'));
  assert.equal(svg.name, 'economy-ty-le-ke-hoach.svg');
  assert.match(svg.bytes.toString('utf8'), /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.ok(svg.bytes.toString('utf8').includes('99,7% ▼'));

  const png = await grab(chart.locator('[data-download="png"]'));
  assert.equal(png.name, 'economy-ty-le-ke-hoach.png');
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.bytes.length > 2000, `PNG of ${png.bytes.length} bytes`);

  const csv = await grab(chart.locator('[data-download="csv"]'));
  assert.equal(csv.name, 'economy-ty-le-ke-hoach.csv');
  assert.equal(csv.bytes.toString('utf8'),
    '\ufeffChỉ tiêu,Giá trị,Tỷ lệ kế hoạch,So với kế hoạch\r\nTổng diện tích gieo trồng,5755,99.7,chưa đạt kế hoạch\r\nTrồng rừng mới,411,102,vượt kế hoạch\r\n');

  const json = await grab(page.locator('[data-download="json"]'));
  assert.equal(json.name, 'bao-cao-2020-11-03.json');
  const report = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(report.format, 1);
  assert.equal(report.indicators.find((i) => i.id === 'sown-area').value, 5755);

  assert.deepEqual(errors, []);
  await page.close();
});

test('charts are readable in dark mode and leave nothing in the host page', async () => {
  const { page, errors } = await open({ colorScheme: 'dark', viewport: { width: 800, height: 900 } });
  const ink = await page.evaluate(() => {
    const text = document.querySelector('[data-section="economy"] .sr-chart svg text');
    return [getComputedStyle(text).fill, getComputedStyle(document.querySelector('.sr-widget')).color];
  });
  assert.equal(ink[0], ink[1], 'chart text uses the widget text colour');
  assert.notEqual(ink[0], 'rgb(1, 1, 1)');
  // plotters' text measurement would leave <span>s in <body>; the widget's downloads use detached links.
  const stray = await page.evaluate(() => [...document.body.children].map((e) => e.tagName).filter((t) => !['MAIN', 'SCRIPT'].includes(t)));
  assert.deepEqual(stray, []);
  await page.locator('[data-section="economy"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifacts, 'dark-economy.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a news page's widget offers the readers' tools only; an editor's element and index.html served locally add opening a file and the JSON", async () => {
  const { page, errors, context } = await openPage(browser, server.url + 'pages/toolbars.html', { locale: 'en-US' });
  const reader = page.locator('session-report#reader');
  const editor = page.locator('session-report#editor');
  // Both load the same report; once the editor's has its tools, the reader's toolbar is complete too.
  await reaches(editor.getByText('Open a report file…'), 'visible', "the editor's element offers opening a file");
  await reaches(editor.locator('[data-download="json"]'), 'visible', "and the report's JSON");
  await reaches(reader.locator('.sr-toolbar'), 'visible', "the reader's toolbar is there");
  const shown = (widget) => widget.locator('.sr-toolbar button, .sr-toolbar label')
    .evaluateAll((tools) => tools.filter((t) => t.checkVisibility()).map((t) => t.innerText.trim()));
  assert.deepEqual(await shown(reader), ['Expand all', 'Collapse all', 'Tiếng Việt', 'English', 'Copy link'], "language, expand/collapse and link: the readers' tools");
  assert.deepEqual(await shown(editor), ['Expand all', 'Collapse all', 'Tiếng Việt', 'English', 'Copy link', 'Open a report file…', 'Download report data (JSON)']);
  // Not reachable by keyboard or screen reader either.
  assert.equal(await reader.getByRole('button', { name: 'Download report data (JSON)' }).count(), 0, 'no JSON on a news page');
  assert.equal(await reader.locator('label.sr-file').isVisible(), false, 'no file to open on a news page');
  assert.equal(await editor.getByRole('button', { name: 'Download report data (JSON)' }).count(), 1);
  // The figures' data stays the reader's: each chart's CSV (and its image).
  assert.ok(await reader.locator('[data-download="csv"]').count() >= 2, "each chart's CSV");
  assert.deepEqual(errors, []);
  await context.close();

  // The stand-alone page served from this machine (bash .ci/serve) is an editor's checking page.
  const { page: local, context: c2 } = await openPage(browser, server.url, { locale: 'en-US' });
  await reaches(local.locator('[data-sr-ready] [data-download="json"]'), 'visible', 'index.html on 127.0.0.1 offers the JSON');
  await reaches(local.locator('[data-sr-ready] label.sr-file'), 'visible', 'and opening a report file');
  await c2.close();
  // The same page in an iframe (frame.html is the iframe embed) is a reader's.
  const { page: framed, context: c3 } = await openPage(browser, server.url + 'demo.html', { locale: 'en-US' });
  await framed.locator('iframe').first().scrollIntoViewIfNeeded();
  const frame = framed.frameLocator('iframe').first();
  await reaches(frame.locator('.sr-toolbar [data-download="json"]'), 'attached', "the iframe's widget is there");
  assert.equal(await frame.getByRole('button', { name: 'Download report data (JSON)' }).count(), 0, 'no JSON in an iframe');
  await c3.close();
});

test('a share is shown with the digits reported on the card, in the chart, its summary, its table and its CSV', async () => {
  const { page, errors } = await open({ locale: 'en-US' });
  const seed = readFileSync(join(here, '..', '..', 'static', 'reports', 'van-lang-2020-11-03.json'), 'utf8');
  const json = seed.replace('"share_of_plan": 99.7,', '"share_of_plan": 16.97,');
  assert.notEqual(json, seed);
  await page.locator('input[type="file"]').setInputFiles({ name: 'digits.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  const economy = page.locator('[data-section="economy"]');
  await reaches(economy.getByText('16.97% of plan', { exact: false }).first(), 'visible', 'the card says 16.97%');
  const chart = economy.locator('.sr-chart');
  await eventually(() => chart.locator('.sr-chart__desc').innerText(), /16\.97% \(under plan\)/, "the chart's summary says 16.97%");
  assert.ok((await chart.locator('svg').innerHTML()).includes('16.97% ▼'), "the bar's label says 16.97%");
  assert.doesNotMatch(await chart.locator('.sr-chart__desc').innerText(), /\b17%/);
  await chart.getByRole('button', { name: 'Show as table' }).click();
  await eventually(() => chart.locator('table').innerText(), /16\.97%/, 'the table says 16.97%');
  const [download] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-download="csv"]').click()]);
  assert.match(readFileSync(await download.path(), 'utf8'), /,16\.97,/, 'the CSV holds 16.97');
  assert.deepEqual(errors, []);
  await page.close();
});
