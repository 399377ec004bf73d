// Runs the whole end-to-end suite N times in a row against one existing build, to find tests
// that fail only sometimes (a test that races the widget passes or fails by timing).
//
// Usage: node tests/e2e/repeat.mjs N [FILTER...]
//   N        how many runs (each: node --test tests/e2e/*.test.mjs, in one go, as CI runs it)
//   FILTER   optional: only the test files whose name contains one of these (e.g. `embed`)
// The build is dist/ (or $DIST); nothing is built: run `trunk build --release --dist dist` first.
// Prints one line per run (passed or failed, how long), then per test the runs it failed in and
// its first failure message, and a closing `repeat: N runs, K failed runs`; exits 1 if any run
// failed. Each run's full spec output is kept in tests/e2e/artifacts/repeat/run-K.log.
// $REPEAT_RUN_TIMEOUT_S (default 1800) stops a run that hangs; it counts as failed.
//
// The same file is also the runs' test reporter (node --test --test-reporter=<this file>): it
// writes one JSON line per finished test, which is what the summary is made of.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const here = dirname(self);
const root = resolve(here, '..', '..');

/** The reporter: one JSON line per finished test (name, file, passed or not, the failure's message). */
export default async function* report(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, nesting, file, details, skip, todo } = event.data;
    const error = details?.error;
    // The runner wraps what a test threw in ERR_TEST_FAILURE; the cause is the assertion itself.
    const cause = error?.cause;
    const message = error ? String(cause?.message ?? cause ?? error.message ?? error) : undefined;
    yield `${JSON.stringify({ passed: event.type === 'test:pass', name, nesting, file, skip: Boolean(skip), todo: Boolean(todo), failureType: error?.failureType, message })}\n`;
  }
}

function usage(problem) {
  console.error(`${problem}\nusage: node tests/e2e/repeat.mjs N [FILTER...]   (N runs of the end-to-end suite against dist/ or $DIST)`);
  process.exit(2);
}

/** Runs the suite once; resolves to { code, signal, timedOut, seconds, results }. */
function runOnce(k, files, dist, logs) {
  const jsonl = join(logs, `run-${k}.jsonl`);
  const log = join(logs, `run-${k}.log`);
  rmSync(jsonl, { force: true });
  const args = ['--test', `--test-reporter=${self}`, `--test-reporter-destination=${jsonl}`,
    '--test-reporter=spec', `--test-reporter-destination=${log}`, ...files];
  const started = Date.now();
  return new Promise((done) => {
    // Its own process group, so a run that hangs can be stopped with everything it started.
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, DIST: dist }, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    running = child;
    let timedOut = false;
    const limit = Number(process.env.REPEAT_RUN_TIMEOUT_S ?? 1800) * 1000;
    const timer = setTimeout(() => {
      timedOut = true;
      stop(child);
    }, limit);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      running = undefined;
      const results = existsSync(jsonl)
        ? readFileSync(jsonl, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
        : [];
      done({ code, signal, timedOut, seconds: (Date.now() - started) / 1000, results, log });
    });
  });
}

let running;
/** Stops a run: SIGTERM to its process group (Playwright then closes its browsers), SIGKILL later. */
function stop(child) {
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } }, 10000).unref();
}

async function main() {
  const [count, ...filters] = process.argv.slice(2);
  const runs = Number(count);
  if (!Number.isInteger(runs) || runs < 1) usage(`N must be a whole number of runs, 1 or more (got ${count ?? 'nothing'})`);

  const dist = resolve(process.env.DIST ?? join(root, 'dist'));
  if (!existsSync(join(dist, 'index.html')) || !readdirSync(dist).some((f) => f.endsWith('.wasm'))) {
    usage(`no build in ${dist} (index.html and a .wasm): build once first, e.g.\n  source .ci/env && trunk build --release --dist dist`);
  }
  if (!existsSync(join(here, 'node_modules', 'playwright-core'))) {
    usage('tests/e2e/node_modules is missing: (cd tests/e2e && npm ci)');
  }
  const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x))).sort()
    .map((f) => join(here, f));
  if (files.length === 0) usage(`no test file matches ${filters.join(', ')}`);
  const logs = join(here, 'artifacts', 'repeat');
  rmSync(logs, { recursive: true, force: true }); // only this series' logs in it
  mkdirSync(logs, { recursive: true });

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (running) stop(running);
      console.log(`\nrepeat: stopped by ${signal}`);
      process.exit(130);
    });
  }

  console.log(`repeat: ${runs} runs of ${files.length} test files against ${dist}`);
  /** "file › test" → { failed: [run numbers], passed: count, first: message of the first failure } */
  const tests = new Map();
  const entry = (key) => tests.get(key) ?? tests.set(key, { failed: [], passed: 0, first: undefined }).get(key);
  let failedRuns = 0;
  for (let k = 1; k <= runs; k++) {
    const run = await runOnce(k, files, dist, logs);
    const failures = run.results.filter((r) => !r.passed);
    for (const r of run.results) {
      const e = entry(`${r.file ? r.file.slice(here.length + 1) : '?'} › ${r.name}`);
      if (r.passed) e.passed++;
      else {
        e.failed.push(k);
        e.first ??= { run: k, message: r.message ?? r.failureType ?? '(no message)', type: r.failureType };
      }
    }
    // A run can also fail outside any test (the runner crashed, or it hung and was stopped).
    let why = '';
    if (run.timedOut) why = `stopped after ${process.env.REPEAT_RUN_TIMEOUT_S ?? 1800} s`;
    else if (run.code !== 0 && failures.length === 0) why = `node --test exited with ${run.code ?? run.signal} without a failing test`;
    else if (run.code === 0 && run.results.length === 0) why = 'no test ran';
    if (why) {
      const e = entry('(the run itself)');
      e.failed.push(k);
      e.first ??= { run: k, message: why };
    }
    const failed = run.code !== 0 || run.timedOut || failures.length > 0 || why !== '';
    if (failed) failedRuns++;
    const passedCount = run.results.filter((r) => r.passed).length;
    const status = failed
      ? `FAILED (${failures.length} failed, ${passedCount} passed${why ? `; ${why}` : ''}; log: ${run.log.slice(root.length + 1)})`
      : `passed (${passedCount} tests)`;
    console.log(`run ${k} of ${runs}: ${status}, ${run.seconds.toFixed(1)} s`);
  }

  console.log('\nrepeat: failed runs per test');
  const keys = [...tests.keys()].sort();
  for (const key of keys) {
    const e = tests.get(key);
    console.log(`  ${String(e.failed.length).padStart(3)} of ${runs}  ${key}${e.failed.length ? `  (runs ${e.failed.join(', ')})` : ''}`);
  }
  const failing = keys.filter((key) => tests.get(key).failed.length > 0);
  if (failing.length) {
    console.log('\nrepeat: first failure of each failing test');
    for (const key of failing) {
      const { run, message, type } = tests.get(key).first;
      const lines = message.trim().split('\n').slice(0, 8).map((l) => `      ${l}`).join('\n');
      console.log(`  ${key}  (run ${run}${type && type !== 'testCodeFailure' ? `, ${type}` : ''})\n${lines}`);
    }
  }
  console.log(`repeat: ${runs} runs, ${failedRuns} failed runs`);
  process.exit(failedRuns > 0 ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === self) await main();
