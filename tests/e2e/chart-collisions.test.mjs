// Chart text never collides: in every chart of the seed, of three reports of the genre written for
// this test (long Vietnamese labels, two references per figure, falls, parts of a whole, targets
// ahead; tests/fixtures/charts/) and of every example report the build ships, at 390, 768 and 1280
// px, in Vietnamese and English, every text keeps 2 px from every other text and from every bar,
// legend swatch, reference line and target mark, and stays inside its chart. Boxes are the
// browser's own (getBBox of the drawn SVG, in the widget's real font), not the layout's estimate.
// Bars of one group may touch each other, and a reference line crosses bars by design, so
// shape–shape pairs are not checked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';
import { openPage, dist, here, eventually, nextFrames } from './harness.mjs';

const GAP = 2;
const WIDTHS = [390, 768, 1280];
const SEED = 'van-lang-2020-11-03.json';
const REPORTS = [
  { name: 'seed', path: '' },
  ...['binh-gia-2023-year-end', 'trang-dinh-2024-mid-year', 'cao-loc-2022-inspection']
    .map((name) => ({ name, path: `?src=${encodeURIComponent(`fixtures/${name}.json`)}` })),
  // And every example report the build ships (the templates hold placeholders, not figures).
  ...readdirSync(join(dist, 'reports')).filter((f) => f.endsWith('.json') && f !== SEED && !f.startsWith('template-'))
    .map((f) => ({ name: f.replace(/\.json$/, ''), path: `?src=${encodeURIComponent(`reports/${f}`)}` })),
];

let server, browser;
before(async () => {
  server = await serveDir(dist, { '/fixtures/': join(here, '..', 'fixtures', 'charts') });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Per chart on the page: its title and the pairs closer than GAP (or texts outside the chart).
 * Runs in the page. The width rule mirrors src/widget/src/chart.rs: each chart is drawn for its
 * container's width rounded down to 16 px, at least 240.
 */
function collisions(gap) {
  const roots = [document, ...[...document.querySelectorAll('session-report')].map((e) => e.shadowRoot).filter(Boolean)];
  const charts = roots.flatMap((r) => [...r.querySelectorAll('figure.sr-chart')]);
  return charts.map((figure) => {
    const svg = figure.querySelector('svg');
    const title = figure.querySelector('.sr-chart__title')?.textContent;
    const expected = Math.max(240, Math.floor(figure.clientWidth / 16) * 16);
    if (!svg || Number(svg.getAttribute('width')) !== expected) return { title, pending: true };
    const box = (e) => { const b = e.getBBox(); return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height }; };
    const texts = [...svg.querySelectorAll('text')].map((e) => ({ what: `text "${e.textContent.trim()}"`, ...box(e) }));
    const shapes = [...svg.querySelectorAll('rect, line, path, polygon')]
      .map((e) => ({ what: `${e.tagName} ${e.getAttribute('fill') ?? ''}`, ...box(e) }))
      .filter((b) => b.x1 > b.x0 || b.y1 > b.y0);
    // Apart when separated by at least `gap` along one axis.
    const distance = (a, b) => Math.max(a.x0 - b.x1, b.x0 - a.x1, a.y0 - b.y1, b.y0 - a.y1);
    const found = [];
    const round = (v) => Math.round(v * 10) / 10;
    texts.forEach((a, i) => {
      for (const b of [...texts.slice(i + 1), ...shapes]) {
        const d = distance(a, b);
        if (d < gap) found.push(`${a.what} and ${b.what} are ${round(d)} px apart`);
      }
      const [w, h] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
      if (a.x0 < 0 || a.y0 < 0 || a.x1 > w || a.y1 > h) found.push(`${a.what} leaves the ${w}×${h} chart: ${[a.x0, a.y0, a.x1, a.y1].map(round)}`);
    });
    return { title, found };
  });
}

for (const report of REPORTS) {
  for (const lang of ['vi', 'en']) {
    test(`${report.name} (${lang}): chart text keeps ${GAP} px from text, bars and lines at ${WIDTHS.join(', ')} px`, async () => {
      const url = `${server.url}${report.path}${report.path ? '&' : '?'}lang=${lang}`;
      const { page, errors, context } = await openPage(browser, url, { viewport: { width: WIDTHS[0], height: 900 } });
      await eventually(() => page.locator('article.sr-widget').getAttribute('lang'), lang, `the widget speaks ${lang}`);
      await eventually(() => page.locator('figure.sr-chart').count(), (n) => n > 0, 'the report has charts');
      const problems = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        // Every chart redrawn for its new width (the resize observer reports after layout).
        await eventually(() => page.evaluate(collisions, GAP), (cs) => cs.length > 0 && cs.every((c) => !c.pending),
          `every chart drawn for the width its container has at ${width} px`);
        await nextFrames(page);
        const charts = await page.evaluate(collisions, GAP);
        for (const c of charts) for (const f of c.found) problems.push(`${width} px, "${c.title}": ${f}`);
      }
      console.log(`# ${report.name} ${lang}: ${problems.length} collisions`);
      assert.deepEqual(problems, [], `chart text too close to other marks:\n${problems.join('\n')}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
