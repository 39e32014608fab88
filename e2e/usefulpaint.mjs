// The first useful paint on a phone on an ordinary connection (issue 32): the page's frame and its
// loading line, before the first diagram. Loads the page cold under the profile of
// ../shared/tools/firstpaint.js (562.5 ms request latency, 1.47 Mbit/s down, CPU 4× slower) from
// ../shared/tools/gzserve.js and prints the browser's first contentful paint (index.html's
// loading line: e2e/layout.test.mjs checks it is drawn before the stylesheet and modules are here).
// Three runs per page, the median; budget 1 s. A benchmark (scripts/bench.sh), not a timed test.
// Run: node e2e/usefulpaint.mjs  (after `trunk build --release --offline`)
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { launch } from './browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_MS = 1000;
const port = 19000 + Math.floor(Math.random() * 1000);
const server = spawn(process.execPath, [join(root, '..', 'shared', 'tools', 'gzserve.js'), resolve(root, process.env.DIST ?? 'dist'), String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const pages = [
  ['FeastFlow, 412×823', '?preset=feastflow', 412, 823],
  ['FeastFlow embed, 640×480', '?embed=1&preset=feastflow', 640, 480],
  ['the presenter, 1280×720', '?present=1&story=surprises', 1280, 720],
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launch();
let over = false;
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const [name, query, w, h] of pages) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: 1474.56 * 1024 / 8, uploadThroughput: 675 * 1024 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${port}/${query}`, { waitUntil: 'commit', timeout: 120000 });
    // Measured from the navigation's start, as Lighthouse does (the request's latency included).
    const fcp = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, { timeout: 120000, polling: 50 }).then((v) => v.jsonValue());
    runs.push({ fcp: Math.round(fcp), wall: Date.now() - t0 });
    await ctx.close();
  }
  const fcp = median(runs.map((r) => r.fcp));
  const flag = fcp > BUDGET_MS ? '  OVER BUDGET' : '';
  over ||= Boolean(flag);
  console.log(`first contentful paint, ${name}: ${fcp} ms on a phone's profile (runs ${runs.map((r) => r.fcp).join(', ')}; budget ${BUDGET_MS})${flag}`);
}
await browser.close();
server.kill();
if (over) process.exit(1);
