// The smoke test (tests/engines/smoke.mjs) in WebKit: WebKitGTK's MiniBrowser driven through
// WebKitWebDriver (Debian's webkit2gtk-driver) by selenium-webdriver. MiniBrowser needs a display
// (with --headless its automation session never starts), so the driver runs inside `xvfb-run -a`.
// One WebDriver session (one MiniBrowser with an ephemeral profile) serves every tab in turn: a
// "new tab" is a navigation in it, and closing a tab goes to about:blank. Starting a MiniBrowser per
// tab hung once under load (the driver stopped answering between sessions), and the widget keeps
// nothing in the browser that a navigation would carry over: its state is in the address.
// WebKitGTK takes the reader's languages from the process locale; this machine kind has only the C
// locales, so navigator.languages is ["C"] and the widget starts in its default, Vietnamese.
//   node tests/engines/webkit.mjs      (run by .ci/test; the release build must be in dist/ or $DIST)
// Exits 1 when a check fails.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { smoke, LOAD_MS, WAIT_MS } from './smoke.mjs';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { Builder, By, until } = require('selenium-webdriver');
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const freePort = () => new Promise((ok, fail) => {
  const s = createServer().once('error', fail).listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

// xvfb-run, its Xvfb and WebKitWebDriver (and the MiniBrowsers it starts) form one process group,
// ended together by its id when this script ends, however it ends.
let group;
const stopDriver = () => { if (group) { try { process.kill(-group, 'SIGTERM'); } catch {} group = undefined; } };
process.on('exit', stopDriver);
const watchdog = setTimeout(() => {
  // Counted once: after the closing line only the shutdown hung, and the checks have their result.
  console.log(finished ? 'engine webkit: the browser did not shut down in 300 s'
    : 'engine webkit: 0 passed, 1 failed (gave up after 300 s: the browser stopped answering)');
  process.exit(finished && !failed ? 0 : 1);
}, 300_000);

// MiniBrowser saves downloads (the editor's publish step) in $HOME: a home of its own, removed at the end.
const home = mkdtempSync(join(tmpdir(), 'engines-webkit-home-'));

let failed, finished = false;
try {
  const port = await freePort();
  const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'], {
    detached: true, stdio: ['ignore', 'ignore', 'pipe'],
    // The C locale, whatever this shell has: a locale the machine lacks makes WebKitGTK say en-US.
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LANGUAGE: '', HOME: home, XDG_DOWNLOAD_DIR: home },
  });
  group = child.pid;
  let driverLog = '';
  child.stderr.on('data', (d) => { driverLog = (driverLog + d).slice(-4000); });
  const server = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try { if ((await fetch(`${server}/status`)).ok) break; } catch {}
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`WebKitWebDriver did not start on ${server} in 30 s:\n${driverLog}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  let session;
  failed = await smoke('webkit', {
    async open(url) {
      if (!session) {
        session = await new Builder().usingServer(server).withCapabilities(capabilities).build();
        const caps = await session.getCapabilities();
        console.log(`engine webkit: ${caps.get('browserName')} ${caps.get('browserVersion')} (WebKitWebDriver, selenium-webdriver ${require('selenium-webdriver/package.json').version})`);
        await session.manage().setTimeouts({ pageLoad: LOAD_MS, script: WAIT_MS });
      }
      await session.get(url);
      return session;
    },
    run: (driver, fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args),
    click: async (driver, selector) => (await driver.findElement(By.css(selector))).click(),
    async accept(driver, selector) {
      await (await driver.findElement(By.css(selector))).click();
      const alert = await driver.wait(until.alertIsPresent(), WAIT_MS, `no confirm() after clicking ${selector}`);
      const message = await alert.getText();
      await alert.accept();
      return message;
    },
    downloads: () => home,
    url: (driver) => driver.getCurrentUrl(),
    close: (driver) => driver.get('about:blank'),
  });
  finished = true;
  await session?.quit();
} catch (e) {
  console.log(`engine webkit: FAIL could not run: ${e.stack ?? e}`);
  console.log('engine webkit: 0 passed, 1 failed');
  failed = 1;
} finally {
  stopDriver();
  rmSync(home, { recursive: true, force: true });
  clearTimeout(watchdog);
}
process.exit(failed ? 1 : 0);
