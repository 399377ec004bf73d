// Where the release wasm's bytes go, by crate (and by module for this crate): a twiggy-like
// breakdown that works on the optimised binary. (twiggy 0.7 panics on wasm-opt 132's output, and on
// the unoptimised binary it credits code to functions that -Oz later inlines elsewhere.)
// It runs wasm-bindgen and `wasm-opt -Oz -g` (names kept) on cargo's release wasm, groups the
// function bodies by the crate in their names and brotli-compresses each group on its own, so the
// figures are each group's share of the download, roughly (groups compress a little better together).
// Caveat: Yew inlines function components into its generic `CompStateInner::view`, and serde_json
// inlines the derived deserializers; their bytes are counted under yew and serde_json.
// Usage: node tests/bench/wasm-breakdown.mjs   (after a release build)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { imports, readLeb, sections } from '../../.ci/wasm.mjs';

const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';

/** Function bodies of a wasm binary with their names (from its name section). */
function functions(wasm) {
  let importedFunctions = 0;
  const names = new Map();
  const bodies = [];
  for (const { id, start, end } of sections(wasm)) {
    let j = start;
    if (id === 2) {
      for (const entry of imports(wasm, start)) if (entry.kind === 0) importedFunctions++;
    } else if (id === 0) {
      let len; [len, j] = readLeb(wasm, j);
      const section = wasm.toString('utf8', j, j + len); j += len;
      while (section === 'name' && j < end) {
        const sub = wasm[j++];
        let subSize; [subSize, j] = readLeb(wasm, j);
        const subEnd = j + subSize;
        if (sub === 1) {
          let count; [count, j] = readLeb(wasm, j);
          while (count--) {
            let index, n;
            [index, j] = readLeb(wasm, j); [n, j] = readLeb(wasm, j);
            names.set(index, wasm.toString('utf8', j, j + n)); j += n;
          }
        }
        j = subEnd;
      }
    } else if (id === 10) {
      let count; [count, j] = readLeb(wasm, j);
      for (let f = 0; f < count; f++) {
        let len; [len, j] = readLeb(wasm, j);
        bodies.push({ index: importedFunctions + f, body: wasm.subarray(j, j + len) }); j += len;
      }
    } else if (id === 11) {
      bodies.push({ name: '(data: strings, tables, the built-in report)', body: wasm.subarray(start, end) });
    }
  }
  return bodies.map((b) => ({ name: b.name ?? names.get(b.index) ?? '?', body: b.body }));
}

/** The crate a function belongs to, from its demangled name; this crate by module. */
function owner(name) {
  if (name.startsWith('(')) return name;
  let path = name;
  while (/^(<|&|\(|mut |dyn )/.test(path)) path = path.replace(/^(<|&|\(|mut |dyn )/, '');
  const segments = path.split(/::|[<>\s[(,]/).filter(Boolean);
  if (segments[0] === 'session_report') return segments.slice(0, 3).join('::');
  // Methods of primitive types (f64's Display, str's find…) are the standard library's.
  if (/^(f32|f64|[iu](8|16|32|64|128|size)|bool|char|str)$/.test(segments[0] ?? '')) return 'core';
  return segments[0] ?? '?';
}

export function breakdown(root) {
  const tmp = mkdtempSync(join(tmpdir(), 'wasm-breakdown-'));
  try {
    const built = join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'wasm32-unknown-unknown', 'release', 'session-report.wasm');
    execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', tmp, built]);
    const named = join(tmp, 'named.wasm');
    execFileSync('wasm-opt', ['-Oz', '-g', join(tmp, 'session-report_bg.wasm'), '-o', named]);
    const fns = functions(readFileSync(named));
    const groups = new Map();
    for (const f of fns) {
      const key = owner(f.name);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(f.body);
    }
    const rows = [...groups].map(([key, bodies]) => {
      const all = Buffer.concat(bodies);
      return { key, count: bodies.length, raw: all.length, br: br(all) };
    }).sort((a, b) => b.br - a.br);
    const total = rows.reduce((t, r) => t + r.br, 0);
    const lines = [`${'crate or module (functions)'.padEnd(52)} ${'raw'.padStart(10)} ${'brotli'.padStart(10)}  share`];
    for (const r of rows.slice(0, 24)) {
      lines.push(`${`${r.key} (${r.count})`.padEnd(52).slice(0, 52)} ${kb(r.raw)} ${kb(r.br)}  ${((100 * r.br) / total).toFixed(0).padStart(3)} %`);
    }
    const rest = rows.slice(24);
    lines.push(`${`${rest.length} more`.padEnd(52)} ${kb(rest.reduce((t, r) => t + r.raw, 0))} ${kb(rest.reduce((t, r) => t + r.br, 0))}`);
    lines.push('', 'largest functions (raw bytes):');
    for (const f of [...fns].filter((f) => !f.name.startsWith('(')).sort((a, b) => b.body.length - a.body.length).slice(0, 10)) {
      lines.push(`${String(f.body.length).padStart(8)}  ${f.name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 110)}`);
    }
    return lines.join('\n');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(breakdown(join(dirname(fileURLToPath(import.meta.url)), '..', '..')));
}
