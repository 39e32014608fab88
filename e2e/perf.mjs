// Frame-time benchmark (issue 4's budget; not part of the test run): the Large cluster preset
// (50 nodes, 500 pods) playing at 10× in headless Chromium; prints the 95th-percentile frame
// interval (budget ≤ 17 ms) and how long a drag's pointer-move handling takes, and fails over budget.
// Run: node e2e/perf.mjs  (after `trunk build --release --offline`), or scripts/bench.sh.
import { serveDist } from './serve.mjs';
import { launch, openWatched } from './browser.mjs';

const SECONDS = Number(process.env.PERF_SECONDS ?? 6);
const server = await serveDist('dist');
const browser = await launch();
const { page, problems } = await openWatched(browser, `${server.url}?preset=large&autoplay=1&speed=10${process.env.PERF_THREE ? '' : ''}`, server.origin, { width: 1600, height: 1000 });
await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]; };

// 1. Frame intervals while playing at 10× through the first node failure (10:00) and what follows:
//    pause, seek to 09:55, play again.
await page.click('button.play');
await page.locator('input[type=range]').fill('595');
await page.click('button.play');
const frames = await page.evaluate((seconds) => new Promise((resolve) => {
  const times = [];
  const start = performance.now();
  function tick(t) { times.push(t); if (t - start < seconds * 1000) requestAnimationFrame(tick); else resolve(times); }
  requestAnimationFrame(tick);
}), SECONDS);
const intervals = frames.slice(1).map((t, i) => t - frames[i]);
const clock = await page.locator('output.clock').textContent();

// 2. Dragging a palette item across the diagrams: time from each pointer event to the ghost's move.
await page.evaluate(() => {
  window.__lag = [];
  const ghost = document.querySelector('.drag-ghost');
  let last = 0;
  window.addEventListener('pointermove', (e) => { last = e.timeStamp; }, { capture: true });
  new MutationObserver(() => { if (last) window.__lag.push(performance.now() - last); }).observe(ghost, { attributes: true, attributeFilter: ['style'] });
});
await page.click('.palette summary');
const a = await page.locator('button.palette-item[data-item="redis"]').boundingBox();
await page.mouse.move(a.x + 20, a.y + 10);
await page.mouse.down();
for (let i = 0; i < 120; i++) await page.mouse.move(a.x + 20 + i * 8, a.y + 10 + (i % 30) * 6);
const lag = await page.evaluate(() => window.__lag);
await page.mouse.move(5, 5);
await page.mouse.up();

const p95 = pct(intervals, 95);
const lag95 = lag.length ? pct(lag, 95) : NaN;
console.log(`frames: ${intervals.length} in ${SECONDS} s at 10× (cursor reached ${clock}); interval median ${pct(intervals, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (budget 17 ms)`);
console.log(`drag: ${lag.length} pointer moves; ghost follows after median ${pct(lag, 50)?.toFixed(2)} ms, p95 ${lag95.toFixed(2)} ms`);
if (problems.length) console.log(problems.join('\n'));
await browser.close();
server.close();
if (!(p95 <= 17) || problems.length) { console.log('over budget'); process.exit(1); }
