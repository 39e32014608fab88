// The embed (issue 11): `?embed=1` inside a cross-origin iframe on a wiki-like page at 640×480
// shows both diagrams whole without scrolling, plays the signature failure of a quiet preset, and
// keeps the postMessage contract (ready, height, time; play, pause, seek). "Open in Hafen" opens
// the full app on the same document. It never reads or writes this browser's saved scenario.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { suite, SHOTS } from './suite.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

/** A host page on another port (another origin) framing `src` at `w`×`h`, recording every message. */
async function hostPage(src, w, h) {
  const html = `<!doctype html><meta charset=utf-8><title>Wiki</title><body style="margin:0">
<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));</script>
<iframe id=hafen src="${src}" width=${w} height=${h} style="border:0;display:block" title="Hafen"></iframe></body>`;
  const host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${host.address().port}/wiki`, close: () => host.close() };
}

async function embedIn(src, w = 640, h = 480) {
  const host = await hostPage(src, w, h);
  const context = await browser.newContext({ viewport: { width: w + 40, height: h + 40 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  await page.goto(host.url);
  const frame = await (await page.waitForSelector('#hafen')).contentFrame();
  await frame.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  return { host, context, page, frame, problems };
}

const messages = (page, type) => page.evaluate((t) => window.__messages.filter((m) => m.data?.type === t), type);

test('an embed at 640×480 in a cross-origin frame: both diagrams whole, the quiet preset plays its node failure, messages both ways', async () => {
  const src = `${server.url}?embed=1&preset=feastflow&autoplay=1&speed=60`;
  const { host, context, page, frame, problems } = await embedIn(src);
  // Ready first, then the height the host can size the frame to.
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'hafen:height'));
  const first = await page.evaluate(() => window.__messages[0]);
  assert.equal(first.data.type, 'hafen:ready');
  assert.equal(first.origin, server.origin, 'messages come from the embed\'s origin');

  // Both diagrams and the timeline whole in the frame, nothing to scroll (once the diagrams are
  // laid out for the width they are shown at: the first layout guesses it).
  await frame.waitForFunction(() => document.documentElement.scrollHeight <= 480, null, { timeout: 5000 }).catch(() => {});
  const seen = await frame.evaluate(() => ({
    diagrams: [...document.querySelectorAll('svg.diagram')].map((d) => { const r = d.getBoundingClientRect(); return { platform: d.dataset.platform, top: r.top, bottom: r.bottom, left: r.left, right: r.right }; }),
    timeline: document.querySelector('.timeline').getBoundingClientRect().bottom,
    scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    caption: document.querySelector('.caption').textContent,
    chrome: document.querySelectorAll('.toolbar, .tabs, .palette, .inspector, .event-log').length,
    pods: [...document.querySelectorAll('svg.diagram text.pod-name')].map((t) => t.textContent),
  }));
  assert.deepEqual(seen.diagrams.map((d) => d.platform), ['compose', 'kubernetes']);
  for (const d of seen.diagrams) assert.ok(d.top >= 0 && d.bottom <= 480 && d.left >= 0 && d.right <= 640, `${d.platform} diagram inside the frame: ${JSON.stringify(d)}`);
  assert.ok(seen.timeline <= 480, `timeline inside the frame: ${seen.timeline}`);
  assert.ok(seen.scroll[0] <= 640 && seen.scroll[1] <= 480, `nothing to scroll: ${seen.scroll}`);
  assert.equal(seen.chrome, 0, 'no editing chrome in an embed');
  assert.match(seen.caption, /^FeastFlow: at 01:00 the node running postgres loses power/);
  assert.ok(seen.pods.every((n) => !n.endsWith('…')), `replica names whole at 640×480: ${seen.pods.join(', ')}`);

  // Autoplay: time moves and is reported; the failure happens on screen.
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'hafen:time' && m.data.t_ms > 75000), null, { timeout: 15000 });
  await frame.waitForSelector('svg.diagram[data-platform="compose"] g.node[data-state="down"], svg.diagram[data-platform="compose"] g.node:not([data-state="ready"])');
  // The height follows the layout (the first may come before the diagrams are laid out for their
  // measured width); the latest is the content's.
  const heights = (await messages(page, 'hafen:height')).map((m) => m.data.px);
  const latest = heights.at(-1);
  assert.ok(latest > 200 && latest <= 480, `the content fits the frame: ${heights.join(' → ')} px`);
  assert.equal(latest, await frame.evaluate(() => Math.ceil(document.querySelector('.embed').getBoundingClientRect().height)));
  await page.screenshot({ path: `${SHOTS}/embed-640x480.png` });

  // The host pauses, seeks and plays.
  await page.evaluate(() => document.getElementById('hafen').contentWindow.postMessage({ type: 'hafen:pause' }, '*'));
  await frame.waitForSelector('.timeline button.play[aria-pressed="false"]');
  await page.evaluate(() => document.getElementById('hafen').contentWindow.postMessage({ type: 'hafen:seek', t_ms: 300000 }, '*'));
  await frame.waitForFunction(() => document.querySelector('.timeline output.clock').textContent === '05:00');
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'hafen:time' && m.data.t_ms === 300000));
  // Garbage is ignored.
  await page.evaluate(() => { const w = document.getElementById('hafen').contentWindow; w.postMessage({ type: 'hafen:seek', t_ms: -5 }, '*'); w.postMessage('<b>hi</b>', '*'); w.postMessage({ type: 'hafen:seek', t_ms: 'soon' }, '*'); });
  await page.waitForTimeout(200);
  assert.equal(await frame.evaluate(() => document.querySelector('.timeline output.clock').textContent), '05:00');
  await page.evaluate(() => document.getElementById('hafen').contentWindow.postMessage({ type: 'hafen:play' }, '*'));
  await frame.waitForSelector('.timeline button.play[aria-pressed="true"]');
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'hafen:time' && m.data.t_ms > 300000));
  assert.deepEqual(problems, []);
  // Nothing saved in this browser by the embed.
  assert.equal(await frame.evaluate(() => localStorage.getItem('hafen.document')), null);
  await context.close();
  host.close();
});

test('"Open in Hafen" opens the full app on the same document; loop, start time and platforms from the address', async () => {
  const src = `${server.url}?embed=1&preset=aima&t=1m30s&loop=1&show=swarm,kubernetes`;
  const { host, context, page, frame, problems } = await embedIn(src, 800, 600);
  assert.equal(await frame.evaluate(() => document.querySelector('.timeline output.clock').textContent), '01:30');
  assert.deepEqual(await frame.evaluate(() => [...document.querySelectorAll('svg.diagram')].map((d) => d.dataset.platform)), ['swarm', 'kubernetes']);
  const link = await frame.getAttribute('a.open-full', 'href');
  assert.equal(await frame.getAttribute('a.open-full', 'target'), '_blank');
  assert.match(link, /^\/hafen\/sub\/path\/#2\./);
  const [full] = await Promise.all([context.waitForEvent('page'), frame.click('a.open-full')]);
  await full.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  assert.ok(await full.$('.toolbar'), 'the full app, with its editing chrome');
  assert.deepEqual(await full.evaluate(() => [...document.querySelectorAll('svg.diagram')].map((d) => d.dataset.platform)), ['swarm', 'kubernetes']);
  assert.match(await full.evaluate(() => document.title), /Hafen/);
  assert.equal(await full.evaluate(() => document.querySelector('select.preset, .toolbar select')?.selectedOptions?.[0]?.textContent ?? ''), 'Your scenario');
  // Looping: from near the end the embed comes back to its start time.
  await page.evaluate(() => document.getElementById('hafen').contentWindow.postMessage({ type: 'hafen:seek', t_ms: 1e12 }, '*'));
  const end = await frame.evaluate(() => document.querySelector('.timeline output.clock').textContent);
  await page.evaluate(() => document.getElementById('hafen').contentWindow.postMessage({ type: 'hafen:play' }, '*'));
  await frame.waitForFunction((end) => { const c = document.querySelector('.timeline output.clock').textContent; return c !== end && c < '01:40'; }, end, { timeout: 5000 });
  assert.deepEqual(problems, []);
  await context.close();
  host.close();
});

test('an embed at 480×360 stays usable: play is in view, a bad link says so', async () => {
  const { host, context, frame, problems } = await embedIn(`${server.url}?embed=1#1.garbage`, 480, 360);
  const play = await frame.evaluate(() => document.querySelector('.timeline button.play').getBoundingClientRect().bottom);
  assert.ok(play <= 360, `play in view: ${play}`);
  assert.match(await frame.textContent('.notice'), /This link could not be opened/);
  await frame.click('.timeline button.play');
  await frame.waitForSelector('.timeline button.play[aria-pressed="true"]');
  assert.deepEqual(problems, []);
  await context.close();
  host.close();
});
