// The pages the benchmark compares, written into a release build's dist/ (and removed after):
// - bench-static.html: index.html with every script removed, i.e. the pre-rendered seed report as
//   a plain static page (the physical limit);
// - bench-client.html: index.html without its pre-rendered report (the widget rendering in the
//   browser only); with ?src=bench-synthetic.json it loads the synthetic report;
// - bench-synthetic.json and bench-synthetic-static.html: the synthetic report (1,000 sections,
//   5,000 indicators) and its own static page, pre-rendered by the build's prerender step.
// For profiling by hand: node tests/bench/pages.mjs [dist], then open those pages.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthetic } from './synthetic.mjs';

const FILES = ['bench-static.html', 'bench-client.html', 'bench-synthetic.json', 'bench-synthetic-static.html'];
const PLACEHOLDER = '<p class=sr-loading>Đang tải báo cáo… / Loading the report…</p>';

export const noScripts = (html) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link[^>]*\b(modulepreload|preload)\b[^>]*>/g, '');

/** Writes the pages into `dist`; returns the synthetic report. */
export function writePages(root, dist) {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  // The widget's root is the last </div> before what follows it in <main> (the page's links).
  const client = index.replace(/(<div [^>]*\bdata-session-report\b[^>]*>)<div data-sr-view>[\s\S]*<\/div>((?:<p class=page-links>[\s\S]*?<\/p>)?<\/main>)/, `$1${PLACEHOLDER}</div>$2`);
  if (client === index) throw new Error('could not remove the pre-rendered report from index.html');
  writeFileSync(join(dist, 'bench-static.html'), noScripts(index));
  writeFileSync(join(dist, 'bench-client.html'), client);
  const big = synthetic(1000, 5000);
  writeFileSync(join(dist, 'bench-synthetic.json'), JSON.stringify(big));
  const html = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender', '--', '--fragment', join(dist, 'bench-synthetic.json')],
    { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' });
  writeFileSync(join(dist, 'bench-synthetic-static.html'), noScripts(client).replace(PLACEHOLDER, () => html.trim()));
  return big;
}

export function removePages(dist) {
  for (const f of FILES) rmSync(join(dist, f), { force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dist = process.argv[2] ?? join(root, 'dist');
  writePages(root, dist);
  console.log(`wrote ${FILES.join(', ')} into ${dist}`);
}
