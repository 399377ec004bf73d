// The example reports made from the team's test articles (static/reports/, checked against the
// articles natively by tests/reports.rs), opened in the release build as a reader would open them
// (index.html?src=reports/<name>.json), in Vietnamese and English: title, every section heading
// and the key figure lines are on screen, no console errors, no axe-core violations, no sideways
// scrolling on a 390 px phone. Screenshots at 1024 px and 390 px go to artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, here, dist, artifacts, eventually, nextFrames } from './harness.mjs';

const AXE = join(here, 'node_modules', 'axe-core', 'axe.min.js');

/** Lines a reader must see among a report's figure cards, per language. */
const REPORTS = {
  'binh-gia-2023-12-14': {
    vi: ['14/15 chỉ tiêu chủ yếu', '105,4% chỉ tiêu nghị quyết của Ban Chấp hành Đảng bộ huyện', '9.412,5 ha', '108,7% kế hoạch tỉnh giao',
      '86,62 tỷ đồng', '112,3% dự toán tỉnh giao', '▲ 9,8% so với năm 2022 (tốt lên)', '27,094 tỷ đồng', '5/18 xã',
      '21,37%', '▼ 4,2 điểm phần trăm so với năm trước (tốt lên)', '29/47 trường học', 'Mục tiêu: 3 xã đến năm 2025'],
    en: ['14 of 15 main indicators', '105.4% of the resolution target set by the district Party Executive Committee', '9,412.5 ha',
      'VND 86.62 billion', '112.3% of the budget estimate set by the province', '▲ 9.8% on 2022 (better)', 'VND 27.094 billion',
      '5 of 18 communes', '▼ 4.2 percentage points on the previous year (better)', 'Target: at least 4 percentage points by the end of 2024'],
    good: { vi: '▼ 4,2 điểm phần trăm so với năm trước (tốt lên)', en: '▼ 4.2 percentage points on the previous year (better)' },
  },
  'cam-my-2024-07-11': {
    vi: ['11/17 chỉ tiêu', '6.912,4 tỷ đồng', '2.318,7 tỷ đồng', '▲ 7,4% so với cùng kỳ (tốt lên)', '318,46 tỷ đồng', '61% kế hoạch tỉnh giao',
      '57% kế hoạch HĐND huyện giao', '41,2% kế hoạch (kế hoạch: 682,5 tỷ đồng)', 'Mục tiêu: hơn 90% đến hết năm 2024', '13/13 xã',
      '▲ 1,2 điểm phần trăm so với đầu năm (tốt lên)', '54,2% kế hoạch năm', '55,3% chỉ tiêu năm'],
    en: ['11 of 17 indicators', 'VND 2,318.7 billion', '▲ 7.4% on the same period last year (better)', '61% of the plan set by the province',
      "57% of the plan set by the district People's Council", '41.2% of plan (plan: VND 682.5 billion)', 'Target: more than 90% by the end of 2024',
      '▲ 1.2 percentage points on the start of the year (better)'],
    good: { vi: '▲ 1,2 điểm phần trăm so với đầu năm (tốt lên)', en: '▲ 1.2 percentage points on the start of the year (better)' },
  },
  'nghi-son-2022-09-15': {
    vi: ['14.826 đảng viên', '6/9 tổ chức đảng', '22/27 đảng viên', '41 đảng viên', '23/71 tổ chức cơ sở đảng', 'hơn 186,5 triệu đồng', '35/38 đơn',
      '92,1%', '14,3%', '▼ 1,6 điểm phần trăm so với năm 2021 (tốt lên)', 'Mục tiêu: 100% đến ngày 31/12/2022'],
    en: ['14,826 Party members', '6 of 9 Party organisations', '22 of 27 Party members', 'more than VND 186.5 million', '35 of 38 petitions',
      '▼ 1.6 percentage points on 2021 (better)', 'Target: 100% by the end of the 2020-2025 term'],
    good: { vi: '▼ 1,6 điểm phần trăm so với năm 2021 (tốt lên)', en: '▼ 1.6 percentage points on 2021 (better)' },
  },
  'van-ninh-2021-11-03': {
    vi: ['3.415,6 tỷ đồng', '128,6 triệu USD', '102,2% kế hoạch', '245,8 tỷ đồng', '104,2% dự toán tỉnh giao', '▼ 6,3% so với năm 2020 (xấu đi)',
      'hơn 56.812 tỷ đồng', '4/27 dự án', '63,6% kế hoạch (kế hoạch: 312,48 tỷ đồng)', 'Mục tiêu: 100% đến ngày 31/1/2022', '3,05%'],
    en: ['VND 3,415.6 billion', 'USD 128.6 million', '104.2% of the budget estimate set by the province', '▼ 6.3% on 2020 (worse)',
      'more than VND 56,812 billion', '4 of 27 projects', '▼ 0.9 percentage points on end-2020 (better)', 'Target: at least 10% by the end of 2022'],
    bad: { vi: '▼ 6,3% so với năm 2020 (xấu đi)', en: '▼ 6.3% on 2020 (worse)' },
  },
};

let server, browser;
before(async () => { server = await serveDir(dist); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The report as the build serves it. */
const json = (name) => JSON.parse(readFileSync(join(dist, 'reports', `${name}.json`), 'utf8'));

/** Opens report `name` in `lang` at `width` px, once its own title is on screen. */
async function open(name, lang, width) {
  const report = json(name);
  const { page, errors, context } = await openPage(browser, `${server.url}?src=reports/${name}.json&lang=${lang}`,
    { viewport: { width, height: 900 } });
  await eventually(() => page.locator('h2.sr-title').innerText(), report.meta.title[lang], `${name} (${lang}) shows its title`);
  return { page, errors, context, report };
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
}

/** Every line of every figure card, as shown. */
const figureLines = (page) => page.locator('.sr-figure p').allInnerTexts();

for (const [name, want] of Object.entries(REPORTS)) {
  for (const lang of ['vi', 'en']) {
    test(`${name} in ${lang}: title, sections and figures, no console errors, no axe violations, 1024 px`, async () => {
      const { page, errors, context, report } = await open(name, lang, 1024);
      assert.equal(await page.locator('article.sr-widget').getAttribute('lang'), lang);
      assert.deepEqual(await page.locator('.sr-section__title').allInnerTexts(), report.sections.map((s) => s.title[lang]),
        'every section heading, in order');
      // Every section is open (a report this short starts open) and every indicator has its card.
      assert.equal(await page.locator('.sr-section__toggle[aria-expanded="true"]').count(), report.sections.length);
      assert.equal(await page.locator('.sr-figure').count(), report.sections.reduce((n, s) => n + (s.indicators?.length ?? 0), 0));
      const lines = await figureLines(page);
      for (const line of want[lang]) assert.ok(lines.includes(line), `${name} (${lang}) shows “${line}”`);
      // A change's good or bad news is said in words and marked for colour, never colour alone.
      for (const [tone, cls] of [['good', 'sr-good'], ['bad', 'sr-bad']]) {
        if (want[tone]) {
          assert.ok((await page.locator(`.sr-figure__change.${cls}`).allInnerTexts()).includes(want[tone][lang]), `${want[tone][lang]} is marked ${cls}`);
        }
      }
      // The quotes are the article's words, marked as Vietnamese in either language.
      assert.equal(await page.locator('.sr-figure__quote q[lang="vi"]').count(), report.indicators.length);
      assert.deepEqual(await axeViolations(page), [], `${name} (${lang}) axe`);
      await page.screenshot({ path: join(artifacts, `report-${name}-${lang}-1024.png`), fullPage: true });
      assert.deepEqual(errors, []);
      await context.close();
    });

    test(`${name} in ${lang} on a 390 px phone: no sideways scrolling`, async () => {
      const { page, errors, context } = await open(name, lang, 390);
      assert.ok((await figureLines(page)).includes(want[lang][0]));
      await nextFrames(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
      await page.screenshot({ path: join(artifacts, `report-${name}-${lang}-390.png`), fullPage: true });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
