// The editor page end to end (issue 13): paste the seed article, fix a figure through the form,
// write one English text, publish all three ways, and open the self-contained page from file://
// with the network blocked. Then: the work survives a reload, a new article asks before replacing
// it, a report file opens back; axe on every step; screenshots at 1280 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, here, dist, artifacts, eventually, attributeIs, reaches } from './harness.mjs';

const ARTICLE = readFileSync(join(here, '..', 'fixtures', 'seed-article.txt'), 'utf8');
const SEED_REPORT = join(here, '..', '..', 'static', 'reports', 'van-lang-2020-11-03.json');
const AXE = join(here, 'node_modules', 'axe-core', 'axe.min.js');
const TITLE_EN = 'Provincial Standing Board works with the Văn Lãng District Party Committee';

let server, browser;
before(async () => { server = await serveDir(dist); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The editor in a fresh context (empty storage), clipboard allowed. */
async function openEditor(options = {}) {
  const opened = await openPage(browser, `${server.url}editor.html`, { viewport: { width: 1280, height: 900 }, ...options });
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await opened.page.locator('.ed-article__text, .ed-review').first().waitFor();
  return opened;
}

/** Pastes the seed article into the article field, as an editor would (Ctrl+V). */
async function pasteArticle(page) {
  await page.evaluate((text) => navigator.clipboard.writeText(text), ARTICLE);
  await page.locator('.ed-article__text').focus();
  await page.keyboard.press('Control+V');
  await page.locator('.ed-preview h2.sr-title').waitFor();
}

const step = (page, id) => page.locator(`.ed-step[data-step="${id}"]`).click();

/** The review card of the indicator read from the sentence holding `figure`. */
const indicatorWith = (page, figure) => page.locator('.ed-indicator').filter({ has: page.locator('.ed-quote mark', { hasText: figure }) }).first();

async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
}

test('English in minutes: roles and headings suggested, an outside translation lined up and accepted', async () => {
  const { page, errors, context } = await openEditor();
  await pasteArticle(page);
  await step(page, 'english');
  const pair = (path) => page.locator('.ed-english > .ed-list > .ed-pair').filter({ has: page.locator('code', { hasText: new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}$`) }) });
  // The glossary's suggestions are there before anything is typed.
  assert.equal(await pair('participants[0].roles[1]').locator('textarea').inputValue(), 'Secretary of the Provincial Party Committee');
  assert.equal(await pair('meta.place').locator('textarea').inputValue(), 'Văn Lãng district, Lạng Sơn province');
  const count = () => page.locator('.ed-english > .ed-count').innerText();
  const before = Number((await count()).match(/^\d+/)[0]);
  // The seed report's English prose, pasted whole, a paragraph (or an item) a line.
  const seed = JSON.parse(readFileSync(SEED_REPORT, 'utf8'));
  const prose = [seed.meta.title.en, seed.meta.lede.en, ...seed.sections.flatMap((s) => [...(s.paragraphs ?? []), ...(s.items ?? [])].map((t) => t.en))];
  await page.locator('.ed-translation > summary').click();
  await page.locator('#ed-translation-text').fill(prose.join('\n\n'));
  await page.getByRole('button', { name: /^(Ghép với báo cáo|Line it up with the report)$/ }).click();
  const lined = Number((await eventually(() => page.locator('.ed-translation__count').innerText(), /^\d+ /, 'the translation is lined up')).match(/^\d+/)[0]);
  assert.ok(lined >= 20, `${lined} pieces lined up`);
  assert.deepEqual(await axeViolations(page), [], 'the lined-up pairs pass axe');
  // Nothing is written before it is accepted; then everything lined up is.
  assert.equal(Number((await count()).match(/^\d+/)[0]), before);
  await page.getByRole('button', { name: /^(Chấp nhận tất cả|Accept all)$/ }).click();
  await eventually(count, new RegExp(`^${before - lined} `), 'every accepted text has its English');
  assert.equal(await pair('meta.title').locator('textarea').inputValue(), seed.meta.title.en);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a newsroom glossary beside the page wins over the built-in one', async () => {
  const { page, errors, context } = await openEditor();
  // The newsroom's file, as the site would serve it next to editor.html.
  await page.route('**/glossary.tsv', (route) => route.fulfill({ contentType: 'text/tab-separated-values; charset=utf-8', body: 'office\tChủ tịch\tChair\n' }));
  await page.reload();
  await page.locator('.ed-article__text').waitFor();
  await pasteArticle(page);
  await step(page, 'english');
  const role = page.locator('.ed-english > .ed-list > .ed-pair').filter({ has: page.locator('code', { hasText: /^participants\[1\]\.roles\[1\]$/ }) }).locator('textarea');
  await eventually(() => role.inputValue(), "Chair of the Provincial People's Committee", 'the newsroom’s word for Chủ tịch is used');
  assert.deepEqual(errors, []);
  await context.close();
});

test('structure in a few moves: a paragraph to another section, a new section named from its heading, moved up', async () => {
  const { page, errors, context } = await openEditor();
  await pasteArticle(page);
  await step(page, 'review');
  const sections = page.locator('.ed-item[id^="ed-section-"]');
  await reaches(sections.first(), 'visible', 'the sections are listed');
  const n = await sections.count();
  const idOf = (k) => sections.nth(k).getByLabel(/^(Mã \(dùng trong liên kết\)|Id \(used in links\))$/).inputValue();
  const ids = [];
  for (let k = 0; k < n; k++) ids.push(await idOf(k));
  const from = ids.indexOf('discussion');
  const to = ids.indexOf('conclusion');
  assert.ok(from >= 0 && to >= 0, `the seed draft has a discussion and a conclusion: ${ids}`);
  const paragraphs = (k) => sections.nth(k).getByLabel(/^(Đoạn văn \(mỗi dòng một đoạn\)|Paragraphs \(one per line\))$/).inputValue();
  const moved = (await paragraphs(from)).split('\n')[0];
  // One action: the discussion's first paragraph to the conclusion.
  const form = sections.nth(from).locator('.ed-move');
  await form.locator('select').nth(1).selectOption(String(to));
  await form.getByRole('button', { name: /^(Chuyển đoạn|Move the paragraph)$/ }).click();
  await eventually(() => paragraphs(to), (v) => v.split('\n').at(-1) === moved, 'the paragraph is at the end of the conclusion');
  await eventually(() => paragraphs(from), (v) => !v.includes(moved), 'and no longer in the discussion');
  await reaches(page.locator('.ed-preview [data-section="conclusion"]').getByText(moved.slice(0, 40)), 'attached', 'the preview shows it in the conclusion');
  // A photo's caption made a paragraph, and back to a caption (the draft keeps captions as photos).
  const photos = page.locator('.ed-item[id^="ed-photo-"]');
  const nPhotos = await photos.count();
  assert.ok(nPhotos > 0, 'the seed draft has photo captions');
  const caption = await photos.first().getByLabel(/^(Chú thích ảnh|Caption)$/).inputValue();
  await photos.first().getByRole('button', { name: /^(Chuyển thành đoạn văn|Make it a paragraph): / }).click();
  await eventually(() => photos.count(), nPhotos - 1, 'the photo is gone');
  await eventually(() => page.evaluate(() => document.activeElement?.closest('.ed-item[id], .ed-note[id]')?.id ?? document.activeElement?.tagName),
    (id) => /^ed-photo-\d+$|^ed-photos-none$/.test(id), 'the cursor stays among the photos, never the body');
  const holder = await eventually(async () => {
    for (let k = 0; k < n; k++) if ((await paragraphs(k)).split('\n').includes(caption)) return k;
    return -1;
  }, (k) => k >= 0, 'the caption is a paragraph of its section');
  const back = sections.nth(holder).locator('.ed-move');
  const last = (await paragraphs(holder)).split('\n').length - 1;
  await back.locator('select').nth(0).selectOption({ index: last });
  await back.locator('select').nth(1).selectOption('photo');
  await back.getByRole('button', { name: /^(Chuyển đoạn|Move the paragraph)$/ }).click();
  await eventually(() => photos.count(), nPhotos, 'the paragraph is a photo caption again');
  // A new section: its id follows its heading; then it goes up one place.
  await page.getByRole('button', { name: /^(Thêm mục|Add a section)$/ }).click();
  await eventually(() => sections.count(), n + 1, 'a section is added');
  await sections.nth(n).getByLabel(/^(Tiêu đề|Title)$/).fill('Ý kiến các đại biểu');
  await eventually(() => idOf(n), 'y-kien-cac-dai-bieu', 'the id is made from the heading');
  await sections.nth(n).getByRole('button', { name: /^(Lên trên|Move up): / }).click();
  await eventually(() => idOf(n - 1), 'y-kien-cac-dai-bieu', 'the section moved up one place');
  // Undo takes back the move; it is kept across a reload, and goes on taking back steps.
  const undo = page.getByRole('button', { name: /^(Hoàn tác|Undo)( \(\d+\))?$/ });
  await undo.click();
  await eventually(() => idOf(n), 'y-kien-cac-dai-bieu', 'Undo puts the section back');
  const steps = Number((await undo.innerText()).match(/\((\d+)\)/)[1]);
  assert.ok(steps >= 3, `${steps} steps to undo`);
  await page.reload();
  await step(page, 'review');
  await eventually(() => undo.innerText(), new RegExp(`\\(${steps}\\)$`), 'the steps are kept across a reload');
  await undo.click();
  await eventually(() => sections.count(), n + 1, 'the heading typed is taken back, the section stays');
  await eventually(() => sections.nth(n).getByLabel(/^(Tiêu đề|Title)$/).inputValue(), '', 'the heading typed is taken back');
  assert.deepEqual(errors, []);
  await context.close();
});

test('to check, on every step: the draft’s flags and placeholders go to their fields, are marked checked, and Publish asks first', async () => {
  const { page, errors, context } = await openEditor();
  await pasteArticle(page);
  await step(page, 'review');
  const panel = page.locator('details.ed-to-check');
  const count = async () => Number((await panel.locator('summary').innerText()).match(/\((\d+)\)/)[1]);
  await reaches(panel.locator('li').first(), 'visible', 'the list is unfolded on the review step');
  const before = await count();
  assert.ok(before >= 2, `${before} things to check`);
  // The first item goes to its field: the cursor lands in that form.
  const first = panel.locator('li').first();
  const path = await first.locator('code').innerText();
  await first.locator('button.ed-line').click();
  await eventually(() => page.evaluate(() => document.activeElement?.closest('[id^="ed-"]')?.id ?? ''), (id) => id.length > 3, `focus goes to the field of ${path}`);
  await first.getByRole('button', { name: /^(Đã kiểm tra|Mark checked): / }).click();
  await eventually(count, before - 1, 'a flag marked checked leaves the list');
  // On another step the list is there, folded to its count.
  await step(page, 'json');
  await reaches(panel.locator('summary'), 'visible', 'the list is on the JSON step too');
  assert.equal(await panel.getAttribute('open'), null);
  // Publish names what is unchecked and asks; declining exports nothing.
  await step(page, 'publish');
  await reaches(page.getByText(/(mục cần kiểm tra|still to check)/), 'visible', 'the publish step says things are unchecked');
  const asked = [];
  page.once('dialog', (d) => { asked.push(d.message()); d.dismiss(); });
  let downloaded = false;
  page.once('download', () => { downloaded = true; });
  await page.locator('[data-action="download-json"]').click();
  await eventually(() => asked.length, 1, 'Publish asks first');
  assert.match(asked[0], /(cần kiểm tra|to check)/);
  await page.waitForTimeout(500);
  assert.equal(downloaded, false, 'declined: nothing is exported');
  assert.deepEqual(errors, []);
  await context.close();
});

test('article to published widget: draft, a figure fixed, English added, JSON, snippet and a self-contained page that works offline', async () => {
  const { page, errors, context } = await openEditor();
  // Publishing asks while the draft's flags are unchecked: this editor says yes each time.
  const asked = [];
  page.on('dialog', (d) => { asked.push(d.message()); d.accept(); });
  await pasteArticle(page);
  const preview = page.locator('.ed-preview');
  assert.equal(await preview.locator('h2.sr-title').innerText(), 'Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng');

  // Review: the sown area's card shows its sentence with the figure marked; fix the figure.
  await step(page, 'review');
  const found = indicatorWith(page, '5.755');
  await reaches(found, 'visible', 'the sown area is listed for review with its sentence');
  // By its place from now on: once fixed, 5.755 is no longer its figure, so no longer marked.
  const card = page.locator(`#${await found.getAttribute('id')}`);
  // A card with nothing to look at starts closed: "All fields" opens it.
  if (!(await card.locator('details').evaluate((d) => d.open))) await card.locator('summary').click();
  await card.getByLabel(/^(Giá trị|Value)$/).fill('5760');
  await eventually(() => card.locator('.ed-sees strong').innerText(), /5\.760 ha/, 'the form says what readers will see');
  await reaches(preview.getByText('5.760 ha', { exact: true }), 'visible', 'the preview follows the form');

  // English: the title's English, written beside its Vietnamese; the missing count drops by one.
  await step(page, 'english');
  const count = () => page.locator('.ed-count').innerText();
  const before = Number((await count()).match(/^\d+/)[0]);
  assert.ok(before > 0, 'a draft has no English yet');
  await page.locator('.ed-pair').filter({ has: page.locator('code', { hasText: /^meta\.title$/ }) }).locator('textarea').fill(TITLE_EN);
  await eventually(count, new RegExp(`^${before - 1} `), 'one text fewer lacks English');

  // Publish 1: the report file.
  await step(page, 'publish');
  const json = await download(page, 'download-json');
  assert.match(json.name, /^thuong-truc-tinh-uy-lam-2020-11-03\.json$/);
  const report = JSON.parse(readFileSync(json.path, 'utf8'));
  assert.equal(report.meta.title.en, TITLE_EN);
  assert.equal(report.indicators.find((i) => i.quote?.includes('5.755')).value, 5760);

  // Publish 2: the embed snippet, pre-rendered, copied to the clipboard.
  const snippet = page.locator('textarea.ed-snippet');
  const text = await eventually(() => snippet.inputValue(), /<session-report src="reports\/thuong-truc-tinh-uy-lam-2020-11-03\.json" lang="vi" key="report"><template shadowrootmode="open">/, 'the snippet is made');
  assert.match(text, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>\n/);
  assert.ok(text.includes('5.760 ha'), 'the snippet carries the report as fixed');
  await page.locator('[data-action="copy-snippet"]').click();
  await eventually(() => page.evaluate(() => navigator.clipboard.readText()), text, 'the snippet is on the clipboard');

  // Publish 3: one self-contained HTML file.
  const standalone = await download(page, 'download-standalone');
  assert.match(standalone.name, /\.html$/);
  const file = join(artifacts, 'editor-standalone.html');
  copyFileSync(standalone.path, file);
  assert.deepEqual(errors, []);
  await context.close();

  assert.ok(asked.length >= 3 && asked.every((m) => /(cần kiểm tra|to check)/.test(m)), `each way of publishing asked first: ${asked}`);
  // From file://, with every request but the file itself refused.
  const offline = await browser.newContext({ offline: true, locale: 'vi-VN' });
  const requests = [];
  await offline.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith('file:') ? route.continue() : route.abort();
  });
  const sa = await offline.newPage();
  const saErrors = [];
  sa.on('console', (m) => { if (m.type() === 'error') saErrors.push(m.text()); });
  sa.on('pageerror', (e) => saErrors.push(String(e)));
  await sa.goto(pathToFileURL(file).href);
  await sa.locator('[data-sr-ready]').waitFor();
  assert.equal(await sa.locator('h2.sr-title').innerText(), 'Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng');
  assert.ok(await sa.getByText('5.760 ha', { exact: true }).isVisible());
  const toggle = sa.locator('.sr-section__toggle').first();
  const open = await toggle.getAttribute('aria-expanded');
  await toggle.click();
  await attributeIs(toggle, 'aria-expanded', open === 'true' ? 'false' : 'true', 'a section toggles in the offline page');
  await sa.locator('.sr-lang__btn[lang="en"]').click();
  await eventually(() => sa.locator('h2.sr-title').innerText(), TITLE_EN, 'the language switches to the English written in the editor');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), [], 'nothing was requested from the network');
  assert.deepEqual(saErrors, []);
  await offline.close();
});

test('nothing is lost: the work survives a reload, a new article asks first, a report file opens back', async () => {
  const { page, errors, context } = await openEditor();
  await pasteArticle(page);
  await step(page, 'english');
  await page.locator('.ed-pair').filter({ has: page.locator('code', { hasText: /^meta\.title$/ }) }).locator('textarea').fill(TITLE_EN);
  // Stored as typed (once Yew has rendered the change), before the reload.
  await eventually(() => page.evaluate((t) => localStorage.getItem('session-report-editor/work')?.includes(t), TITLE_EN), true, 'the work is stored as it is typed');
  await page.reload();
  // Back on the step it was on (issue 26), not the review.
  await page.locator('.ed-work[data-step="english"]').waitFor();
  assert.equal(await page.locator('.ed-pair').filter({ has: page.locator('code', { hasText: /^meta\.title$/ }) }).locator('textarea').inputValue(), TITLE_EN);

  // A new draft over unpublished work asks; declined, nothing changes.
  await step(page, 'article');
  assert.equal(await page.locator('.ed-article__text').inputValue(), ARTICLE.replace(/\r\n/g, '\n'));
  const dialogs = [];
  page.once('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.locator('[data-action="make-draft"]').click();
  await eventually(() => dialogs.length, 1, 'replacing unpublished work asks first');
  await step(page, 'english');
  assert.equal(await page.locator('.ed-pair').filter({ has: page.locator('code', { hasText: /^meta\.title$/ }) }).locator('textarea').inputValue(), TITLE_EN);

  // A report file opened back into the editor (accepted this time).
  await step(page, 'article');
  page.once('dialog', (d) => d.accept());
  await page.locator('.ed-file input[accept^=".json"]').setInputFiles(SEED_REPORT);
  await eventually(() => page.locator('.ed-work').getAttribute('data-step'), 'review', 'the opened report is shown for review');
  await eventually(() => page.locator('.ed-indicator').count(), 7, "the seed report's seven indicators are listed");
  assert.deepEqual(errors, []);
  await context.close();
});

test('the JSON view shows each problem at its line', async () => {
  const { page, errors, context } = await openEditor();
  await page.locator('.ed-file input[accept^=".json"]').setInputFiles(SEED_REPORT);
  await step(page, 'json');
  const area = page.locator('.ed-json__text');
  const json = await area.inputValue();
  // A section id readers' links cannot carry, on its own line.
  await area.fill(json.replace('"id": "economy"', '"id": "Kinh Tế"'));
  const line = json.split('\n').findIndex((l) => l.includes('"id": "economy"')) + 1;
  await eventually(() => page.locator('.ed-problem-list li').allInnerTexts(), (items) => items.some((t) => t.includes(`Dòng ${line}`) && t.includes('sections[2].id')), 'the problem is listed at its line');
  await reaches(page.locator('.ed-preview .ed-note--problem'), 'visible', 'the preview says it shows the last valid version');
  await reaches(page.locator('.ed-json__lines mark', { hasText: String(line) }), 'attached', 'the line number is marked beside the text');
  await page.locator('.ed-problem-list button').first().click();
  await page.screenshot({ path: join(artifacts, 'editor-1280-json-problem.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds no violations on any step; screenshots at 1280 and 390 px', async () => {
  for (const [width, locale] of [[1280, 'vi-VN'], [390, 'en-US']]) {
    const { page, errors, context } = await openEditor({ viewport: { width, height: 900 }, locale });
    assert.deepEqual(await axeViolations(page), [], `${width} article (empty)`);
    await page.locator('.ed-file input[accept^=".json"]').setInputFiles(SEED_REPORT);
    for (const id of ['review', 'english', 'json', 'publish', 'article']) {
      await step(page, id);
      await eventually(() => page.locator('.ed-work').getAttribute('data-step'), id, `step ${id}`);
      if (id === 'publish') await eventually(() => page.locator('textarea.ed-snippet').inputValue(), /session-report/, 'the snippet is made');
      assert.deepEqual(await axeViolations(page), [], `${width} ${locale} ${id}`);
      await page.screenshot({ path: join(artifacts, `editor-${width}-${id}.png`) });
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** Pastes `text` into the article field (Ctrl+V), as an editor would. */
async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator('.ed-article__text').fill('');
  await page.locator('.ed-article__text').focus();
  await page.keyboard.press('Control+V');
}

test('a failed draft says the preview is the previous report, keeps the pasted text and drops the old notes', async () => {
  const { page, errors, context } = await openEditor({ locale: 'en-US' });
  await pasteArticle(page);
  await reaches(page.locator('.ed-problems'), 'visible', "the seed draft's notes are listed");
  const notArticle = 'This is an English paragraph that no Vietnamese news article would ever be.\nIt has two lines.';
  await paste(page, notArticle);
  await reaches(page.locator('.ed-article [role="alert"]'), 'visible', 'the failure is said');
  assert.match(await page.locator('.ed-article [role="alert"]').innerText(), /No report could be drafted from this article; the text you pasted is kept\..*Vietnamese/);
  assert.equal(await page.locator('.ed-article__text').inputValue(), notArticle, 'the pasted text is kept');
  assert.equal(await page.locator('.ed-problems').count(), 0, "the previous draft's notes are gone");
  await reaches(page.locator('.ed-preview [data-previous]'), 'visible', 'the preview says it is the previous report');
  assert.match(await page.locator('.ed-preview [data-previous]').innerText(), /previous report, not the article just pasted/);
  // Kept across a reload too.
  await eventually(() => page.evaluate(() => localStorage.getItem('session-report-editor/work')?.includes('no Vietnamese news article')), true, 'stored');
  await page.reload();
  await page.locator('.ed-article__text').waitFor();
  assert.equal(await page.locator('.ed-article__text').inputValue(), notArticle);
  assert.deepEqual(errors, []);
  await context.close();
});

test('date lines in every numeric form the genre uses, and a date field for an article that gives none', async () => {
  const { page, errors, context } = await openEditor({ locale: 'en-US' });
  // Each new draft replaces unpublished work: accepted.
  page.on('dialog', (d) => d.accept());
  const lines = ARTICLE.replace(/\r\n/g, '\n').split('\n');
  for (const [line, published] of [['2025-04-22', '2025-04-22'], ['Thứ Tư, 23.04.2025 - 14:30', '2025-04-23'], ['24-4-2025', '2025-04-24']]) {
    await paste(page, [line, ...lines.slice(1)].join('\n'));
    await step(page, 'json');
    await eventually(() => page.locator('.ed-json__text').inputValue(), new RegExp(`"published": "${published}"`), `the date line "${line}" is read`);
    await step(page, 'article');
  }
  // No date anywhere: the draft says so and the field gives it.
  const undated = lines.slice(1).join('\n').replace('Hôm nay (3/11), ', 'Hôm nay, ');
  await paste(page, undated);
  await eventually(() => page.locator('.ed-article [role="status"]').innerText(), /gives no session date: enter it in the “Session date” field/, 'the missing date is said');
  // "To check" names the place in words, not the raw field.
  await step(page, 'review');
  const toCheck = page.locator('details.ed-to-check');
  await eventually(() => toCheck.innerText(), /Session date/, 'the missing date is "Session date" in To check');
  assert.doesNotMatch(await toCheck.innerText(), /Event_date/);
  await step(page, 'article');
  await page.getByLabel('Session date, if the article gives none').fill('2020-11-03');
  await step(page, 'json');
  await eventually(() => page.locator('.ed-json__text').inputValue(), /"event_date": "2020-11-03"/, "the field's date is the session's");
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload comes back to the step the editor was on', async () => {
  const { page, errors, context } = await openEditor();
  await page.locator('.ed-file input[accept^=".json"]').setInputFiles(SEED_REPORT);
  for (const id of ['english', 'publish', 'article']) {
    await step(page, id);
    await eventually(() => page.locator('.ed-work').getAttribute('data-step'), id, `on step ${id}`);
    await page.reload();
    await eventually(() => page.locator('.ed-work').getAttribute('data-step'), id, `a reload on step ${id} comes back to it`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page shows its frame before its wasm has run, in the same place, and keeps what was typed in it', async () => {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The wasm is held back until the frame has been checked and typed in.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/editor/editor_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${server.url}editor.html`);
  assert.match(await page.locator('meta[name="description"]').getAttribute('content'), /Paste a work-session article/);
  const box = page.locator('.ed-article__text');
  await reaches(box, 'visible', 'the article box is there before the wasm');
  assert.deepEqual(await page.locator('.ed-step').allInnerTexts(), ['1. Bài báo', '2. Kiểm tra', '3. Tiếng Anh', '4. JSON', '5. Xuất bản']);
  const places = () => page.evaluate(() => ['.ed-page-intro', '.ed-head', '.ed-steps', '.ed-article__text', '.ed-preview']
    .map((s) => { const r = document.querySelector(s).getBoundingClientRect(); return [s, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]; }));
  const before = await places();
  // The frame is the live editor's first drawing (empty work, step 1, Vietnamese), but for its status line.
  const markup = () => page.evaluate(() => {
    const ed = document.querySelector('#editor-app > .ed').cloneNode(true);
    ed.querySelector('.ed-saved').textContent = '';
    return ed.outerHTML;
  });
  const frame = await markup();
  await box.fill('Thứ bảy, 28/11/2020\nGõ trước khi trình soạn chạy');
  await box.focus();
  release();
  await eventually(() => page.locator('.ed-saved').innerText(), 'Đã lưu trong trình duyệt này', 'the live editor has taken over');
  assert.equal(await box.inputValue(), 'Thứ bảy, 28/11/2020\nGõ trước khi trình soạn chạy', 'the text typed in the frame is kept');
  assert.equal(await box.evaluate((b) => b === document.activeElement), true, 'and the box keeps the focus');
  assert.deepEqual(await places(), before, 'the live editor is drawn where the frame was');
  assert.equal(await markup(), frame, "editor.html's frame is the live editor's markup (keep them in step)");
  assert.deepEqual(errors, []);
  await context.close();
});

/** Tab presses from the first control of `card` until the focus leaves it (document.activeElement). */
async function tabStops(page, card) {
  const focused = await card.evaluate((c) => {
    for (const el of c.querySelectorAll('summary, button, input, select, textarea, a[href]')) {
      el.focus();
      if (document.activeElement === el) return true;
    }
    return false;
  });
  assert.ok(focused, 'the card has a control');
  let stops = 1;
  for (; stops < 100; stops++) {
    await page.keyboard.press('Tab');
    if (!(await card.evaluate((c) => c.contains(document.activeElement)))) break;
  }
  return stops;
}

/** The id of the element holding the focus's item (`ed-indicator-3`…), or the focused tag. */
const focusIn = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return a?.closest('.ed-item[id], li[id]')?.id ?? a?.tagName ?? '';
});

test('compact cards: a closed card passes in ≤ 6 Tab stops and opens to every field; Add and Remove move the cursor; Remove is said and undone', async () => {
  const { page, errors, context } = await openEditor();
  await page.locator('.ed-file input[accept^=".json"]').setInputFiles(SEED_REPORT);
  await step(page, 'review');
  const cards = page.locator('.ed-indicator');
  await reaches(cards.first(), 'visible', 'the indicators are listed');
  const n = await cards.count();
  assert.ok(n >= 5, `${n} cards`);
  // Closed: readers' line and the fields set are there; the form's fields are one click away.
  for (let k = 0; k < n; k++) {
    const card = cards.nth(k);
    assert.equal(await card.locator('details').evaluate((d) => d.open), false, `card ${k + 1} starts closed`);
    assert.match(await card.locator('.ed-sees').innerText(), /^Người đọc thấy: \S/);
    assert.match(await card.locator('.ed-set').innerText(), /Hiện trong mục \S/, 'the fields set, its section among them');
    const stops = await tabStops(page, card);
    assert.ok(stops <= 6, `card ${k + 1}: ${stops} Tab stops`);
  }
  assert.deepEqual(await axeViolations(page), [], 'axe, cards closed');
  const first = cards.first();
  await first.locator('summary').click();
  await reaches(first.getByLabel('Giá trị', { exact: true }), 'visible', 'opened, the card shows every field');
  await page.evaluate(() => document.querySelectorAll('.ed-indicator details').forEach((d) => { d.open = true; }));
  assert.deepEqual(await axeViolations(page), [], 'axe, cards open');
  await page.evaluate(() => document.querySelectorAll('.ed-indicator details').forEach((d) => { d.open = false; }));

  // Add: the cursor goes into the new card's first field, opened.
  await page.locator('#ed-add-indicator').click();
  await eventually(() => cards.count(), n + 1, 'an indicator is added');
  await eventually(() => focusIn(page), `ed-indicator-${n}`, 'the cursor is in the new card');
  assert.equal(await page.evaluate(() => document.activeElement.closest('label')?.querySelector('.ed-field__label')?.textContent), 'Tên chỉ số', 'in its first field');

  // Remove: said politely, the cursor on the card that took its place; Undo brings it back.
  const title = await cards.nth(1).locator('.ed-item__title').innerText();
  const next = await cards.nth(2).locator('.ed-item__title').innerText();
  await cards.nth(1).locator('.ed-actions .ed-btn--danger').click();
  await eventually(() => cards.count(), n, 'the indicator is removed');
  await eventually(() => page.locator('.ed-said').innerText(), /Đã xoá chỉ số\./, 'the removal is said in the live region');
  assert.equal(await page.locator('.ed-said').getAttribute('role'), 'status');
  await eventually(() => focusIn(page), 'ed-indicator-1', 'the cursor is on the next card, never the body');
  assert.equal(await cards.nth(1).locator('.ed-item__title').innerText(), next);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY', 'on its first control');
  assert.equal(await cards.nth(1).locator('details').evaluate((d) => d.open), false, 'which stays closed');
  await page.getByRole('button', { name: 'Hoàn tác việc xoá' }).click();
  await eventually(() => cards.count(), n + 1, 'Undo brings the card back');
  await eventually(() => cards.nth(1).locator('.ed-item__title').innerText(), title, 'in its place');
  await eventually(() => focusIn(page), 'ed-indicator-1', 'and the cursor to it');
  await eventually(() => page.locator('.ed-said').innerText(), '', 'the live region is emptied');
  // The last card removed: the cursor goes to the one before.
  await cards.nth(n).locator('.ed-actions .ed-btn--danger').click();
  await eventually(() => cards.count(), n, 'the last card is removed');
  await eventually(() => focusIn(page), `ed-indicator-${n - 1}`, 'the cursor is on the card before');

  // The other lists: a section and a person added take the cursor into their first field.
  const sections = page.locator('.ed-item[id^="ed-section-"]');
  const s = await sections.count();
  await page.locator('#ed-add-section').click();
  await eventually(() => focusIn(page), `ed-section-${s}`, 'the cursor is in the new section');
  const people = page.locator('.ed-item[id^="ed-person-"]');
  const p = await people.count();
  await page.locator('#ed-add-person').click();
  await eventually(() => focusIn(page), `ed-person-${p}`, 'the cursor is in the new person');
  await people.nth(0).locator('.ed-btn--danger').click();
  await eventually(() => people.count(), p, 'a person is removed');
  await eventually(() => focusIn(page), 'ed-person-0', 'the cursor is on the next person');
  await eventually(() => page.locator('.ed-said').innerText(), /Đã xoá người tham dự\./, 'and it is said');

  // A date is one field, one Tab stop, read as the genre writes it.
  await page.locator('#ed-meta-event_date').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ed-meta-published', 'one Tab passes the session date');
  await page.locator('#ed-meta-event_date').fill('4/11/2020');
  await step(page, 'json');
  await eventually(() => page.locator('.ed-json__text').inputValue(), /"event_date": "2020-11-04"/, 'the date typed as the genre writes it is read');
  assert.deepEqual(errors, []);
  await context.close();
});
