// Reading a wasm binary's sections and import entries, shared by the post-build step
// (.ci/postbuild.mjs, which renames imports) and the size breakdown (tests/bench/wasm-breakdown.mjs).

/** An unsigned LEB128 number at `i`: [value, index after it]. */
export function readLeb(b, i) {
  let value = 0, shift = 0, byte;
  do { byte = b[i++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, i];
}

/** Each section after the 8-byte header: { id, at (its first byte), start, end (of its contents) }. */
export function* sections(wasm) {
  for (let at = 8; at < wasm.length;) {
    const [size, start] = readLeb(wasm, at + 1);
    yield { id: wasm[at], at, start, end: start + size };
    at = start + size;
  }
}

/** Each entry of an import section's contents: { module, field, kind, desc (start), end }. */
export function* imports(wasm, start) {
  let [count, j] = readLeb(wasm, start);
  while (count--) {
    let len;
    [len, j] = readLeb(wasm, j); const module = wasm.toString('utf8', j, j + len); j += len;
    [len, j] = readLeb(wasm, j); const field = wasm.toString('utf8', j, j + len); j += len;
    const desc = j;
    const kind = wasm[j++];
    if (kind === 0) [, j] = readLeb(wasm, j); // function: its type index
    else if (kind === 1) { j++; const flags = wasm[j++]; [, j] = readLeb(wasm, j); if (flags & 1) [, j] = readLeb(wasm, j); } // table
    else if (kind === 2) { const flags = wasm[j++]; [, j] = readLeb(wasm, j); if (flags & 1) [, j] = readLeb(wasm, j); } // memory
    else if (kind === 3) j += 2; // global
    else throw new Error(`import kind ${kind} not understood`);
    yield { module, field, kind, desc, end: j };
  }
}
