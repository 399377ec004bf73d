// Trunk's post-build step (Trunk.toml [[hooks]]), run on the staged files before they reach dist/.
// Every build: pages get embed.js as their loader instead of trunk's inline script (below).
// Release builds also:
// 0. wasm-opt -Oz from the npm package binaryen (.ci/tools), run here rather than by trunk, which
//    only uses a wasm-opt found on PATH: a fresh clone's `trunk serve` then needs nothing installed
//    by hand (the pre-build hook installs the package);
// 1. the wasm's imports get short names (wasm-bindgen names each one "__wbg_<name>_<16 hex>", and
//    those random hashes appear twice, in the wasm and in the JS glue: ~2 KB of incompressible text);
// 2. the JS glue and the loaders are minified with terser (trunk 0.21's own minifier gives up on
//    wasm-bindgen's output and leaves it whole, and does not touch copied files);
// Usage: node .ci/postbuild.mjs <staging dir>   (Trunk passes it as TRUNK_STAGING_DIR)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { imports, sections } from './wasm.mjs';

const tools = new URL('./tools/', import.meta.url);
const require = createRequire(new URL('package.json', tools));
const { minify } = require('terser');

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node .ci/postbuild.mjs <staging dir>');
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const files = readdirSync(dir);
const wasmName = files.find((f) => f.endsWith('_bg.wasm'));
if (!wasmName) throw new Error(`no *_bg.wasm in ${dir}`);
const jsName = wasmName.replace(/_bg\.wasm$/, '.js');

// --- the pages' loader and integrity attributes --------------------------------------------------
// Trunk starts the wasm with an inline module script, which a strict Content Security Policy
// (script-src 'self') refuses. embed.js starts it the same way from a file, and also preloads an
// allowed ?src= report and keeps taps made before the widget is live.
// Every `integrity` attribute trunk writes goes:
// - HTML allows it only on <link rel=stylesheet|preload|modulepreload> and <script>; trunk also
//   writes it on <link rel=icon> (an error for the Nu HTML Checker, tests/e2e/html-valid.mjs);
// - a preload is only reused by a request with the same integrity, and the wasm's fetch carries none;
// - every file it names sits next to the page, on the same origin: subresource integrity guards
//   against a third-party host changing a file, and whoever can change these files can change the
//   page and its hashes as well, so the hashes add nothing here but bytes.
const withoutIntegrity = (tag) => tag.replace(/\s+integrity=(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi, '');
for (const html of files.filter((f) => f.endsWith('.html'))) {
  const path = join(dir, html);
  const text = readFileSync(path, 'utf8');
  const loader = /<script type="?module"?[^>]*>(?:(?!<\/script>)[\s\S])*?import init[\s\S]*?<\/script>/;
  const fixed = text
    .replace(loader, '<script type="module" src="./embed.js"></script>')
    // Only inside <link> and <script> start tags: never the report's own text.
    .replace(/<(?:link|script)\b[^>]*>/gi, withoutIntegrity);
  if (fixed !== text) writeFileSync(path, fixed);
}
if (!release) process.exit(0);

// --- 0. wasm-opt -------------------------------------------------------------------------------
const wasmOpt = new URL('node_modules/.bin/wasm-opt', tools).pathname;
const optimised = join(dir, `${wasmName}.opt`);
// Besides -Oz: iterate to a fixed point; the module's own memory starts zero-filled (its data
// segments can drop their zeros) and nothing lives in its first 1,024 bytes (Rust's stack ends
// far above them), which lets constant addresses fold into offsets. 0.9 KB less brotli, measured.
// Then a whole-program type flow pass (gufa) and inlining, and -Oz again: 1.5 KB less, measured.
// Last, the functions in the order of their names, so a generic's copies (every `Iterator::next`,
// every component's `view`) sit side by side where brotli finds their likeness: the same code,
// 0.9–1.0 KB less brotli, measured on two builds (145,621 → 144,580 and 145,364 → 144,513 bytes).
// Any order is a gamble of a few hundred bytes: renaming a module moves functions and so the
// compressed size, by ±0.5 KB seen here. Read a smaller change in the sizes as noise.
execFileSync(wasmOpt, ['-Oz', '--converge', '--zero-filled-memory', '--low-memory-unused', '--gufa', '--inlining-optimizing', '-Oz', '--converge',
  '--reorder-functions-by-name', '--strip-producers', '--strip-target-features', `--output=${optimised}`, join(dir, wasmName)],
  { stdio: 'inherit' });
renameSync(optimised, join(dir, wasmName));

// --- 1. short import names ------------------------------------------------------------------
const leb = (n) => {
  const out = [];
  do { let byte = n & 0x7f; n = Math.floor(n / 128); if (n) byte |= 0x80; out.push(byte); } while (n);
  return Buffer.from(out);
};
const name = (s) => Buffer.concat([leb(Buffer.byteLength(s)), Buffer.from(s)]);
// a, b, …, Z, aa, ab, …: valid JS property names, never keywords at these lengths that matter.
const shortName = (n) => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do { s = alphabet[n % 52] + s; n = Math.floor(n / 52) - 1; } while (n >= 0);
  return s === 'do' || s === 'if' || s === 'in' ? `${s}_` : s;
};

const wasm = readFileSync(join(dir, wasmName));
const renames = new Map();
let glueModule;
const parts = [wasm.subarray(0, 8)];
for (const section of sections(wasm)) {
  if (section.id !== 2) { parts.push(wasm.subarray(section.at, section.end)); continue; }
  const entries = [...imports(wasm, section.start)];
  const body = [leb(entries.length)];
  for (const { module, field, desc, end } of entries) {
    let newField = field;
    if (module.startsWith('./')) {
      // Only wasm-bindgen's glue module: its JS side is rewritten below in the same way.
      glueModule = module;
      if (!renames.has(field)) renames.set(field, shortName(renames.size));
      newField = renames.get(field);
    }
    body.push(name(module === glueModule ? 'w' : module), name(newField), wasm.subarray(desc, end));
  }
  const contents = Buffer.concat(body);
  parts.push(Buffer.from([2]), leb(contents.length), contents);
}
if (!glueModule) throw new Error('no wasm-bindgen imports found: has the glue layout changed?');
writeFileSync(join(dir, wasmName), Buffer.concat(parts));

let js = readFileSync(join(dir, jsName), 'utf8');
for (const [from, to] of renames) {
  const pattern = new RegExp(`\\b${from}\\b(?=\\s*:)`, 'g');
  const before = js;
  js = js.replace(pattern, to);
  if (js === before) throw new Error(`import ${from} not found in ${jsName}`);
}
const quoted = JSON.stringify(glueModule);
if (!js.includes(quoted)) throw new Error(`${quoted} not found in ${jsName}`);
js = js.replaceAll(quoted, '"w"');

// --- 2. minified glue and loaders ---------------------------------------------------------------
const terse = async (code, module = true) =>
  (await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
writeFileSync(join(dir, jsName), await terse(js));
// embed.js and the iframe helpers are copied as written (trunk minifies only what it bundles).
for (const file of files.filter((f) => f.endsWith('.js') && f !== jsName)) {
  const code = readFileSync(join(dir, file), 'utf8');
  // Classic scripts (iframe-resize.js) keep their top level as written.
  writeFileSync(join(dir, file), await terse(code, /^\s*(import|export)\b/m.test(code)));
}

const kb = (f) => (readFileSync(join(dir, f)).length / 1024).toFixed(1);
console.log(`postbuild: ${renames.size} imports renamed; ${wasmName} ${kb(wasmName)} KB, ${jsName} ${kb(jsName)} KB (raw)`);
