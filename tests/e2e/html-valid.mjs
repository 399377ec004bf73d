// The built pages are valid HTML: the Nu HTML Checker (npm vnu-jar, run with the system's Java 17)
// on every *.html in the build, errors only. Prints each error, `html validity: N passed, M failed`
// (pages without / with errors) and a closing line `html: N pages, N errors`; exits 1 on errors.
//   node tests/e2e/html-valid.mjs [dist]      (run by .ci/test after the release sizes)
//
// vnu checks a <template>'s content for parse errors but not against the schema (an unknown
// attribute inside one is not reported), and demo.html's widgets are pre-rendered into
// declarative shadow roots (<template shadowrootmode="open">). So each such template's content is
// also checked as the body of a document of its own, named after its page and host element.
// vnu 26.9 knows shadowrootmode (it checks the attribute's value), so no message is filtered out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = resolve(process.argv[2] ?? 'dist');
const vnu = fileURLToPath(new URL('node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
// Every page under it, in folders too (a report site has one folder per report).
const pages = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html') && !f.includes('node_modules')).sort();
if (!pages.length) {
  console.log(`html: no *.html in ${dir}`);
  process.exit(1);
}

/** The contents of each declarative shadow root in `html`, with the id of its host element. */
function shadowRoots(html) {
  const roots = [];
  const open = /<template\b[^>]*\bshadowrootmode\s*=\s*["']?open["']?[^>]*>/gi;
  for (let m; (m = open.exec(html));) {
    // Its end: the </template> that closes it, counting templates nested inside.
    const tags = /<(\/?)template\b[^>]*>/gi;
    tags.lastIndex = open.lastIndex;
    let depth = 1, t;
    while (depth && (t = tags.exec(html))) depth += t[1] ? -1 : 1;
    if (depth) throw new Error(`an unclosed <template shadowrootmode> at offset ${m.index}`);
    const host = html.slice(0, m.index).match(/<([a-z][a-z0-9-]*)\b([^>]*)>\s*$/i);
    const id = host?.[2].match(/\bid=["']?([^"'\s>]+)/)?.[1];
    roots.push({ content: html.slice(open.lastIndex, t.index), host: host ? `${host[1]}${id ? `#${id}` : ''}` : 'an element' });
    open.lastIndex = tags.lastIndex;
  }
  return roots;
}

const scratch = mkdtempSync(join(tmpdir(), 'html-valid-'));
const checked = []; // { file, page, label }
for (const page of pages) {
  const html = readFileSync(join(dir, page), 'utf8');
  checked.push({ file: join(dir, page), page, label: page });
  const lang = html.match(/<html\b[^>]*\blang=["']?([^"'\s>]+)/i)?.[1] ?? 'en';
  shadowRoots(html).forEach(({ content, host }, i) => {
    const file = join(scratch, `${basename(page, '.html')}.shadow-root-${i + 1}.html`);
    writeFileSync(file, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${page}: the shadow root of ${host}</title></head><body>${content}</body></html>`);
    checked.push({ file, page, label: `${page}, the shadow root of ${host}` });
  });
}

const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...checked.map((c) => c.file)], { encoding: 'utf8', maxBuffer: 1 << 28 });
rmSync(scratch, { recursive: true, force: true });
if (run.error) {
  console.log(`html: could not run java -jar ${vnu}: ${run.error.message}`);
  process.exit(1);
}
let messages;
try {
  ({ messages } = JSON.parse(run.stderr));
} catch {
  console.log(`html: vnu did not answer in JSON (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  process.exit(1);
}

const byFile = new Map(checked.map((c) => [c.file, c]));
const errorsIn = new Map(pages.map((p) => [p, 0]));
let errors = 0;
for (const m of messages) {
  const source = m.url ? byFile.get(fileURLToPath(m.url)) : undefined;
  errors++;
  if (source) errorsIn.set(source.page, errorsIn.get(source.page) + 1);
  const where = `${source?.label ?? m.url ?? '(no file)'}${m.lastLine ? `:${m.lastLine}.${m.firstColumn ?? m.lastColumn}` : ''}`;
  console.log(`${where}: ${m.type}${m.subType ? ` (${m.subType})` : ''}: ${m.message}`);
  if (m.extract) console.log(`    ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 200)}`);
}
// Errors vnu could not tie to a page (it failed to read one) fail the run all the same.
if (errors === 0 && run.status !== 0) {
  console.log(`html: vnu exited ${run.status} with no message:\n${run.stderr}`);
  errors = 1;
}
const shadow = checked.length - pages.length;
const failedPages = [...errorsIn.values()].filter((n) => n > 0).length;
console.log(`checked ${pages.join(', ')}${shadow ? ` and ${shadow} declarative shadow root${shadow > 1 ? 's' : ''} in them` : ''} (vnu ${spawnSync('java', ['-jar', vnu, '--version'], { encoding: 'utf8' }).stdout.trim()})`);
console.log(`html validity: ${pages.length - failedPages} passed, ${failedPages} failed`);
console.log(`html: ${pages.length} pages, ${errors} errors`);
process.exit(errors ? 1 : 0);
