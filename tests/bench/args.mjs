// The bench scripts' command line: `--dist DIR` (default: the repository's dist/), `--check` (the
// short form .ci/test runs) and any `--name value` they read with `arg`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
export const dist = arg('dist', join(root, 'dist'));
export const check = process.argv.includes('--check');
