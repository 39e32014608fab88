// HAFEN_LANG=de or nb runs it in that language.
// Never freeze (issue 9): the Large cluster preset (50 nodes, 500 pods) with all three platforms
// shown, in headless Chromium. Measures, and checks against budgets:
//   - for each kind of edit, the longest main-thread task it causes and its edit-to-next-frame
//     latency (budget: no task over 50 ms);
//   - playback at 10× through a node failure: main-thread work per frame, p50 / p95 (budget p95 ≤ 8 ms),
//     and long animation frames;
//   - Monte Carlo: simulated years per second, and the longest task while it runs;
//   - first contentful paint and time to interactive (diagrams drawn, main thread quiet).
// Run: node e2e/responsiveness.mjs  (after `trunk build --release --offline`), or scripts/bench.sh.
import { serveDist } from './serve.mjs';
import { launch, openWatched } from './browser.mjs';

const LONG_TASK_BUDGET = 50;
const FRAME_WORK_BUDGET = 8;
const server = await serveDist(process.env.DIST ?? 'dist');
const browser = await launch();
const { page, problems } = await openWatched(browser, `${server.url}?preset=large${process.env.HAFEN_LANG ? `&lang=${process.env.HAFEN_LANG}` : ''}`, server.origin, { width: 1600, height: 1000 });

// Long tasks and long animation frames from the very start.
await page.addInitScript(() => {
  window.__long = [];
  window.__loaf = [];
  // When the first diagram's pods are on screen (the app is drawn).
  new MutationObserver((_, mo) => {
    if (document.querySelector('svg.diagram[data-platform] g.pod')) { window.__drawn = performance.now(); mo.disconnect(); }
  }).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration }); }).observe({ type: 'long-animation-frame', buffered: true });
  } catch { /* older Chromium: no LoAF */ }
});
await page.reload();
await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
const startup = await page.evaluate(async () => {
  await new Promise((r) => setTimeout(r, 3000));
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
  // Interactive: drawn, and the last long task before then over (no long task after it in 3 s).
  const drawn = window.__drawn ?? NaN;
  const lastLong = Math.max(0, ...window.__long.map((t) => t.start + t.duration));
  return { fcp, drawn, tti: Math.max(fcp, lastLong, drawn), longest: Math.max(0, ...window.__long.map((t) => t.duration)) };
});
// Three platforms side by side (the worst case).
await page.check('fieldset.platforms input[data-platform="swarm"]');
await page.waitForSelector('svg.diagram[data-platform="swarm"] g.pod');
await page.waitForTimeout(500);

/** Runs `act` (a function source run inside the page, dispatching the DOM events a user's input
 * would) and returns the longest main-thread task it caused, the time to the next frame (how soon
 * the page responds) and the time until the page stopped changing (the result shown). */
async function measure(name, act, playing = false) {
  return page.evaluate(async ([name, act, playing]) => {
    window.__long = [];
    let last = performance.now();
    const mo = new MutationObserver(() => { last = performance.now(); });
    mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const t0 = performance.now();
    last = t0;
    (0, eval)(`(${act})`)();
    const frame = await new Promise((r) => requestAnimationFrame(() => r(performance.now() - t0)));
    // While playing the page never goes quiet: then only the next second's tasks count.
    if (playing) await new Promise((r) => setTimeout(r, 1000));
    else while (performance.now() - last < 400 && performance.now() - t0 < 10000) await new Promise((r) => setTimeout(r, 50));
    mo.disconnect();
    return { name, frame, shown: playing ? NaN : last - t0, longest: Math.max(0, ...window.__long.map((t) => t.duration)) };
  }, [name, act.toString(), playing]);
}

const click = (sel) => `() => document.querySelector('${sel}').dispatchEvent(new MouseEvent('click', { bubbles: true }))`;
const change = (sel, value, type = 'change') => `() => { const e = document.querySelector('${sel}'); e.value = '${value}'; e.dispatchEvent(new Event('${type}', { bubbles: true })); }`;
const key = (k, ctrl = false) => `() => window.dispatchEvent(new KeyboardEvent('keydown', { key: '${k}', ctrlKey: ${ctrl}, bubbles: true }))`;
const edits = [];
edits.push(await measure('select a service', click('svg.app-graph g.svc[data-service="svc-001"]')));
edits.push(await measure('change replicas', change('#inspector input[data-field="replicas"]', '12')));
edits.push(await measure('add a service', click('button.palette-item[data-item="redis"]')));
// Seeks that change the most: past the failure (replacements placed), back to the start (every
// replica Starting) and into the failure (a node down, its replicas Unknown).
edits.push(await measure('seek the timeline to 50:00', change('input[type=range]', '3000', 'input')));
edits.push(await measure('seek back to 0:00', change('input[type=range]', '0', 'input')));
edits.push(await measure('seek into the failure', change('input[type=range]', '700', 'input')));
edits.push(await measure('kill a node at the cursor', click('.actions button.kill-node')));
edits.push(await measure('undo', key('z', true)));
// A platform hidden, then shown again: its 500 pods simulated and drawn anew.
edits.push(await measure('hide a platform', click('fieldset.platforms input[data-platform="swarm"]')));
edits.push(await measure('show a third platform', click('fieldset.platforms input[data-platform="swarm"]')));
// (A build without tabs, for comparisons, shows the costs on the same page.)
const tabs = (await page.locator('.tabs').count()) > 0;
if (tabs) edits.push(await measure('show the costs tab', click('.tabs button[data-panel="costs"]')));
edits.push(await measure('change the ops rate', change('input.ops-rate', '80')));
if (tabs) edits.push(await measure('back to the platforms', click('.tabs button[data-panel="platforms"]')));
await page.locator('input[type=range]').fill('0');
await page.click('button.play');
await page.waitForTimeout(300);
edits.push(await measure('crash a service while playing', click('.actions button.crash'), true));
await page.click('button.play');

// Playback at 10× through the first node failure (10:00) on three platforms. Main-thread work per
// frame from a Chromium trace: the renderer main thread's tasks, summed between frame starts
// (BeginMainThreadFrame), so style, layout and paint count as well as script.
await page.locator('input[type=range]').fill('595');
await page.evaluate(() => { window.__loaf = []; window.__long = []; });
const cdp = await page.context().newCDPSession(page);
const traced = [];
cdp.on('Tracing.dataCollected', (d) => traced.push(...d.value));
const traceDone = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline.frame', transferMode: 'ReportEvents' });
await page.click('button.play');
await page.waitForTimeout(6000);
await page.click('button.play');
await cdp.send('Tracing.end');
await traceDone;
const play = await page.evaluate(() => ({ loaf: window.__loaf, long: window.__long }));
play.work = frameWork(traced);

/** Per-frame main-thread work [ms] of the renderer thread that drew the most frames. */
function frameWork(events) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  let best = [];
  for (const id of mains) {
    const frames = events.filter((e) => `${e.pid}:${e.tid}` === id && e.name === 'BeginMainThreadFrame').map((e) => e.ts).sort((a, b) => a - b);
    if (frames.length > best.length) best = frames.map((ts) => ({ ts, id }));
  }
  if (best.length < 2) return [];
  const id = best[0].id;
  // Busy time of that thread: the union of its complete ('X') trace events (script, style, layout,
  // paint, GC; nested ones overlap their parents, so the union counts each moment once).
  const spans = events.filter((e) => `${e.pid}:${e.tid}` === id && e.ph === 'X' && e.dur > 0).map((e) => [e.ts, e.ts + e.dur]).sort((x, y) => x[0] - y[0]);
  const tasks = [];
  for (const [s0, e0] of spans) {
    const last = tasks[tasks.length - 1];
    if (last && s0 <= last[1]) last[1] = Math.max(last[1], e0);
    else tasks.push([s0, e0]);
  }
  const out = [];
  for (let i = 0; i + 1 < best.length; i++) {
    const [a, b] = [best[i].ts, best[i + 1].ts];
    let busy = 0;
    for (const [s, e] of tasks) busy += Math.max(0, Math.min(e, b) - Math.max(s, a));
    out.push(busy / 1000);
  }
  return out;
}

// Monte Carlo: 1,000 years per shown platform.
await page.evaluate(() => { window.__long = []; });
const mcStart = Date.now();
if (tabs) {
  edits.push(await measure('show the availability tab', click('.tabs button[data-panel="availability"]')));
  await page.evaluate(() => { window.__long = []; });
}
await page.click('button.mc-run');
await page.waitForFunction(() => !document.querySelector('button.mc-run')?.disabled, null, { timeout: 600_000 });
const mcMs = Date.now() - mcStart;
const mcLong = await page.evaluate(() => Math.max(0, ...window.__long.map((t) => t.duration)));
const platforms = await page.locator('.mc-table tr[data-platform]').count();

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))] : NaN; };
let over = false;
console.log(`start-up: first contentful paint ${startup.fcp.toFixed(0)} ms, diagrams drawn ${startup.drawn.toFixed(0)} ms, interactive ${startup.tti.toFixed(0)} ms (longest start-up task ${startup.longest.toFixed(0)} ms)`);
for (const e of edits) {
  const flag = e.longest > LONG_TASK_BUDGET ? '  OVER BUDGET' : '';
  over ||= e.longest > LONG_TASK_BUDGET;
  console.log(`edit: ${e.name.padEnd(30)} next frame ${e.frame.toFixed(0).padStart(5)} ms, shown ${Number.isNaN(e.shown) ? '  n/a (playing: the page never stops changing)' : `${e.shown.toFixed(0).padStart(5)} ms`}, longest task ${e.longest.toFixed(0).padStart(5)} ms (budget ${LONG_TASK_BUDGET})${flag}`);
}
const p95 = pct(play.work, 95);
over ||= !(p95 <= FRAME_WORK_BUDGET);
const longestPlay = Math.max(0, ...play.long.map((t) => t.duration));
console.log(`playback, 3 platforms at 10× through a node failure: ${play.work.length} frames, work per frame p50 ${pct(play.work, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (budget ${FRAME_WORK_BUDGET}), long animation frames ${play.loaf.length}, longest task ${longestPlay.toFixed(0)} ms`);
over ||= longestPlay > LONG_TASK_BUDGET;
const years = 1000 * platforms;
console.log(`monte carlo: ${years} years on ${platforms} platforms in ${mcMs} ms = ${(years / (mcMs / 1000)).toFixed(0)} years/s; longest task meanwhile ${mcLong.toFixed(0)} ms${mcLong > LONG_TASK_BUDGET ? '  OVER BUDGET' : ''}`);
over ||= mcLong > LONG_TASK_BUDGET;
if (problems.length) console.log(problems.join('\n'));
await browser.close();
server.close();
if (over || problems.length) { console.log('over budget'); process.exit(1); }
