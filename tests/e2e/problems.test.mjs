// A report that cannot be shown, as a reader and as an editor meet it: readers get one calm line in
// their language and the rest of the page keeps working; the editor's details (every problem with
// its line, column, place and fix) are one click away, and in front on a page for editors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, here, dist, eventually, attributeIs, reaches } from './harness.mjs';

const AXE = join(here, 'node_modules', 'axe-core', 'axe.min.js');

let server, browser;
before(async () => { server = await serveDir(dist, { '/pages/': join(here, 'pages') }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// tests/e2e/pages/mistakes.json: the seed report with a date written 14/9/2023, a misspelt
// "paragraphs", a share written "107,5%", and an indicator taken out of its section's list.
const PROBLEMS = {
  vi: {
    line: 'Không thể hiển thị báo cáo này.',
    details: 'Chi tiết cho biên tập viên',
    items: [
      ['meta.event_date', 'meta › event_date (dòng 13, cột 18): "14/9/2023": viết ngày dạng YYYY-MM-DD: 2023-09-14.'],
      ['sections[2].paragraph', 'phần 3 (economy) › paragraph (dòng 102, cột 7): Không có trường "paragraph" ở đây: có phải ý bạn là "paragraphs"?'],
      ['indicators[3].id', 'số liệu 4 (sown-area) › id (dòng 217, cột 13): Không phần nào liệt kê số liệu "sown-area", nên người đọc sẽ không thấy nó: thêm mã này vào "indicators" của một phần, hoặc xóa số liệu.'],
      ['indicators[3].share_of_plan', 'số liệu 4 (sown-area) › share_of_plan (dòng 221, cột 24): Ở đây cần một số, ví dụ 107.5, nhưng lại là chuỗi "107,5%". Viết số không có dấu ngoặc kép, dùng dấu chấm cho phần thập phân và không có dấu %: 107.5.'],
    ],
  },
  en: {
    line: 'This report cannot be shown right now.',
    details: 'Details for the editor',
    items: [
      ['meta.event_date', 'meta › event_date (line 13, column 18): "14/9/2023": write dates as YYYY-MM-DD: 2023-09-14.'],
      ['sections[2].paragraph', 'section 3 (economy) › paragraph (line 102, column 7): There is no field "paragraph" here: did you mean "paragraphs"?'],
      ['indicators[3].id', 'indicator 4 (sown-area) › id (line 217, column 13): No section lists the indicator "sown-area", so readers would never see it: add its id to a section\'s "indicators", or remove it.'],
      ['indicators[3].share_of_plan', 'indicator 4 (sown-area) › share_of_plan (line 221, column 24): This should be a number, such as 107.5, but it is the text "107,5%". Write the number without quotes, with a dot for decimals and no % sign: 107.5.'],
    ],
  },
};

/** WCAG 2.x A and AA violations on the page, as in a11y.test.mjs. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
}

/** The listed problems as a reader of the screen sees them: [JSON path, visible text]. */
const listed = (widget) => widget.locator('.sr-error__item').evaluateAll((items) => items
  .map((li) => [li.dataset.path, li.innerText.replace(/\s+/g, ' ').trim()]));

test('a broken report: one line for readers, every located problem one click away, in vi and en; the page goes on', async () => {
  const { page, errors, context } = await openPage(browser, server.url + 'pages/mistakes.html');
  const broken = page.locator('session-report#broken');
  const message = broken.locator('[role="alert"]');
  await message.waitFor();
  for (const lang of ['vi', 'en']) {
    const want = PROBLEMS[lang];
    if (lang === 'en') await broken.evaluate((w) => w.setAttribute('lang', 'en'));
    await eventually(() => message.locator('.sr-error__title').innerText(), want.line, `the reader's line in ${lang}`);
    const details = message.locator('details');
    const summary = details.locator('summary');
    // Readers see the line and the way to the details, nothing of the editor's list.
    if (lang === 'vi') {
      assert.equal(await details.evaluate((d) => d.open), false, 'the details start closed');
      assert.equal(await message.locator('.sr-error__list').isVisible(), false);
      assert.doesNotMatch(await message.innerText(), /dòng|meta|paragraph/, 'no technical detail in view');
      const box = await message.boundingBox();
      assert.ok(box.height < 160, `a calm message, not a wall (${box.height}px high)`);
      assert.deepEqual(await axeViolations(page), [], 'axe, details closed');
      await summary.click();
      await attributeIs(details, 'open', '', 'the details open on a click');
    }
    assert.equal(await summary.innerText(), want.details);
    await reaches(message.locator('.sr-error__list'), 'visible', 'the problems are listed once opened');
    assert.deepEqual(await eventually(() => listed(broken), (l) => l.length === 4 && l[0][1].startsWith(want.items[0][1].slice(0, 12)), `the list in ${lang}`), want.items);
    assert.deepEqual(await axeViolations(page), [], `axe, details open, ${lang}`);
  }
  // The rest of the page works: the other widget shows its report and answers.
  const fine = page.locator('session-report#fine');
  await reaches(fine.locator('h2.sr-title'), 'visible', 'the other report is shown');
  // A compact embed (not pre-rendered): the reader opens it first, as in embed.test.mjs.
  await fine.getByRole('button', { name: 'Xem toàn bộ báo cáo' }).click();
  await fine.locator('[data-sr-ready]:not([data-compact])').waitFor();
  const toggle = fine.locator('[data-section="party-building"] .sr-section__toggle');
  await attributeIs(toggle, 'aria-expanded', 'true', 'the other report is shown, sections open');
  await toggle.click();
  await attributeIs(toggle, 'aria-expanded', 'false', 'and its sections still toggle');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a page for editors (the editor attribute) the details are in front', async () => {
  const { page, errors, context } = await openPage(browser, server.url + 'pages/mistakes.html', { locale: 'en-US' });
  const editor = page.locator('session-report#editor');
  await editor.locator('[role="alert"]').waitFor();
  assert.equal(await editor.locator('details').evaluate((d) => d.open), true);
  await reaches(editor.locator('.sr-error__list'), 'visible', 'the problems are in view without a click');
  assert.deepEqual(await listed(editor), PROBLEMS.en.items);
  assert.deepEqual(errors, []);
  await context.close();
});
