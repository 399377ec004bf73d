// End to end: the release build served on 127.0.0.1, opened in Debian's Chromium as a reader would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, dist, artifacts, eventually, attributeIs, reaches, nextFrames } from './harness.mjs';


let server, browser;
before(async () => { server = await serveDir(dist); browser = await launch(); });
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
