// The embed (issue 11): `?embed=1` inside a cross-origin iframe on a wiki-like page at 640×480
// shows both diagrams whole without scrolling, plays the signature failure of a quiet preset, and
// keeps the postMessage contract (ready, height, time; play, pause, seek). "Open in Hafen" opens
// the full app on the same document. It never reads or writes this browser's saved scenario.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { suite, hostPage, SHOTS } from './suite.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

/** A host page on another origin framing `src` at `w`×`h`, recording every message. */
const framing = (src, w, h) => hostPage(`<!doctype html><meta charset=utf-8><title>Wiki</title><body style="margin:0">
<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));</script>
<iframe id=hafen src="${src}" width=${w} height=${h} style="border:0;display:block" title="Hafen"></iframe></body>`);

async function embedIn(src, w = 640, h = 480) {
  const host = await framing(src, w, h);
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
    diagrams: [...document.querySelectorAll('svg.diagram[data-platform]')].map((d) => { const r = d.getBoundingClientRect(); return { platform: d.dataset.platform, top: r.top, bottom: r.bottom, left: r.left, right: r.right }; }),
    timeline: document.querySelector('.timeline').getBoundingClientRect().bottom,
    scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    caption: document.querySelector('.caption').textContent,
    chrome: document.querySelectorAll('.toolbar, .tabs, .palette, .inspector, .event-log').length,
    pods: [...document.querySelectorAll('svg.diagram[data-platform] text.pod-name')].map((t) => t.textContent),
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
  const src = `${server.url}?embed=1&preset=aima&t=1m30s&loop=1&show=swarm,kubernetes&lang=de`;
  const { host, context, page, frame, problems } = await embedIn(src, 800, 600);
  await frame.waitForFunction(() => document.documentElement.lang === 'de');
  assert.equal(await frame.evaluate(() => document.querySelector('.timeline output.clock').textContent), '01:30');
  assert.deepEqual(await frame.evaluate(() => [...document.querySelectorAll('svg.diagram[data-platform]')].map((d) => d.dataset.platform)), ['swarm', 'kubernetes']);
  const link = await frame.getAttribute('a.open-full', 'href');
  assert.equal(await frame.getAttribute('a.open-full', 'target'), '_blank');
  assert.match(link, /^\/hafen\/sub\/path\/\?lang=de#2\./, 'the full app in the reader\'s language');
  const [full] = await Promise.all([context.waitForEvent('page'), frame.click('a.open-full')]);
  await full.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  assert.ok(await full.$('.toolbar'), 'the full app, with its editing chrome');
  assert.deepEqual(await full.evaluate(() => [...document.querySelectorAll('svg.diagram[data-platform]')].map((d) => d.dataset.platform)), ['swarm', 'kubernetes']);
  assert.match(await full.evaluate(() => document.title), /Hafen/);
  assert.equal(await full.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await full.evaluate(() => document.querySelector('select.preset, .toolbar select')?.selectedOptions?.[0]?.textContent ?? ''), 'Ihr Szenario');
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

// Issue 30, the wiki editor: from 480×360 up, both diagrams, both counters and the timeline inside
// the frame, nothing clipped or shortened; the height posted once per real change, never while
// playing; a loop that starts again at its start time and says so; platforms asked for by the host.

const post = (page, message) => page.evaluate((m) => document.getElementById('hafen').contentWindow.postMessage(m, '*'), message);

/** What is outside a `w`×`h` frame or cut short in the embed (empty: all in view and whole). */
function misfits(frame, w, h, names = true) {
  return frame.evaluate(([w, h, names]) => {
    const out = [];
    const inside = (what, el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) out.push(`${what} not shown`);
      else if (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5) out.push(`${what} outside: ${[r.left, r.top, r.right, r.bottom].map(Math.round)}`);
    };
    const d = document.documentElement;
    if (d.scrollWidth > w || d.scrollHeight > h) out.push(`scrolls: ${d.scrollWidth}×${d.scrollHeight}`);
    for (const p of document.querySelectorAll('.embed .platform')) {
      const name = p.querySelector('svg.diagram[data-platform]')?.dataset.platform ?? p.className;
      inside(`${name} diagram`, p.querySelector('svg.diagram[data-platform]'));
      inside(`${name} counters`, p.querySelector('.counters'));
      for (const t of p.querySelectorAll('.counters dt, .counters dd, h2')) {
        if (t.getClientRects().length && t.scrollWidth > t.clientWidth + 1) out.push(`${name}: "${t.textContent}" cut short`);
      }
      // Labels whole (where the names are short enough for a box: not AIMA's "gpu-orchestrator-1").
      if (names) for (const t of p.querySelectorAll('svg.diagram[data-platform] text')) if (t.textContent.endsWith('…')) out.push(`${name}: label "${t.textContent}" shortened`);
      // Every node box inside its drawing.
      const [, , vw, vh] = p.querySelector('svg.diagram[data-platform]').getAttribute('viewBox').split(' ').map(Number);
      for (const n of p.querySelectorAll('svg.diagram[data-platform] rect.node-box')) {
        const x = +n.getAttribute('x') + +n.getAttribute('width'), y = +n.getAttribute('y') + +n.getAttribute('height');
        if (x > vw + 0.5 || y > vh + 0.5) out.push(`${name}: ${n.parentNode.dataset.node} outside the drawing`);
      }
    }
    inside('timeline', document.querySelector('.timeline'));
    inside('play', document.querySelector('.timeline button.play'));
    return out;
  }, [w, h, names]);
}

/** The smallest diagram text as drawn [px]. */
const smallestText = (frame) => frame.evaluate(() => Math.min(...[...document.querySelectorAll('svg.diagram[data-platform] text')].filter((t) => t.textContent).map((t) => t.getBoundingClientRect().height)));

for (const [w, h] of [[480, 360], [560, 420], [640, 480], [800, 600]]) {
  test(`${w}×${h}, cross-origin: every preset shows both diagrams and both counters whole, before, during and after its failure`, async () => {
    const looks = [];
    for (const preset of ['feastflow', 'quantum-trader', 'aima', 'large']) {
      for (const show of w >= 640 ? ['compose,kubernetes', 'compose,swarm,kubernetes'] : ['compose,kubernetes']) {
        const { host, context, page, frame, problems } = await embedIn(`${server.url}?embed=1&preset=${preset}&autoplay=1&speed=60&show=${show}`, w, h);
        // Closed whatever the outcome: a host server left open keeps the test file from ending.
        try {
          await post(page, { type: 'hafen:pause' });
          await frame.waitForSelector('.timeline button.play[aria-pressed="false"]');
          for (const t of [0, 75000, 400000, 1e12]) {
            await post(page, { type: 'hafen:seek', t_ms: t });
            await page.waitForTimeout(250);
            const wrong = await misfits(frame, w, h, !['aima', 'large'].includes(preset));
            assert.deepEqual(wrong, [], `${preset} (${show}) at ${w}×${h}, t=${t}`);
          }
          looks.push(`${preset}/${show.split(',').length}: ${(await smallestText(frame)).toFixed(1)} px`);
          if (preset !== 'large') await page.screenshot({ path: `${SHOTS}/embed-${w}x${h}-${preset}-${show.split(',').length}.png` });
          assert.deepEqual(problems, []);
        } finally {
          await context.close();
          host.close();
        }
      }
    }
    console.log(`smallest diagram text at ${w}×${h}: ${looks.join(', ')}`);
  });
}

test('the height is posted once per real change: not while playing for 20 s, once after the frame is made narrower', async () => {
  const { host, context, page, frame, problems } = await embedIn(`${server.url}?embed=1&preset=feastflow&autoplay=1&speed=60&loop=1`, 800, 480);
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'hafen:height'));
  await page.waitForTimeout(1500);
  const settled = (await messages(page, 'hafen:height')).length;
  await page.waitForTimeout(20000);
  const heights = (await messages(page, 'hafen:height')).map((m) => m.data.px);
  assert.ok(await page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'hafen:time').length) > 50, 'it played');
  assert.equal(heights.length, settled, `no height message while playing: ${heights.join(' → ')}`);
  for (let i = 1; i < heights.length; i++) assert.notEqual(heights[i], heights[i - 1], `a repeated height: ${heights.join(' → ')}`);
  // The host follows the message: the content is drawn at its full size.
  await page.evaluate((px) => { document.getElementById('hafen').height = px; }, heights.at(-1));
  await page.waitForTimeout(500);
  const full = await frame.evaluate(() => [...document.querySelectorAll('svg.diagram[data-platform]')].every((s) => { const [, , w, h] = s.getAttribute('viewBox').split(' ').map(Number); return Math.abs(s.getBoundingClientRect().height - s.getBoundingClientRect().width * h / w) < 1.5; }));
  assert.ok(full, 'at the height it asked for, the diagrams are drawn whole at their size');
  assert.deepEqual(await misfits(frame, 800, heights.at(-1)), []);
  // A narrower frame is a real change: a new height, then quiet again.
  await page.evaluate(() => { document.getElementById('hafen').width = 560; });
  await page.waitForTimeout(1500);
  const after = (await messages(page, 'hafen:height')).map((m) => m.data.px);
  assert.ok(after.length > heights.length && after.length <= heights.length + 2, `one new height for the new width: ${after.join(' → ')}`);
  await page.waitForTimeout(3000);
  assert.equal((await messages(page, 'hafen:height')).length, after.length, 'and quiet again while playing');
  assert.deepEqual(problems, []);
  await context.close();
  host.close();
});

test('a loop starts again at its start time and says so; a run without loop says it ended', async () => {
  const { host, context, page, frame, problems } = await embedIn(`${server.url}?embed=1&preset=feastflow&autoplay=1&speed=60&loop=1&t=30s`, 640, 480);
  await post(page, { type: 'hafen:seek', t_ms: 1e12 });
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'hafen:loop'), null, { timeout: 10000 });
  await page.waitForTimeout(600);
  const seen = await page.evaluate(() => window.__messages.map((m) => m.data));
  const loop = seen.findIndex((m) => m.type === 'hafen:loop');
  assert.equal(seen[loop - 1].type, 'hafen:ended', 'ended, then loop');
  const next = seen.slice(loop).find((m) => m.type === 'hafen:time');
  assert.equal(next.t_ms, 30000, `the first time after the loop is the start time: ${JSON.stringify(seen.slice(loop, loop + 4))}`);
  assert.equal(seen.filter((m) => m.type === 'hafen:loop').length, 1);
  await context.close();
  host.close();

  const once = await embedIn(`${server.url}?embed=1&preset=feastflow&autoplay=1&speed=60`, 640, 480);
  await post(once.page, { type: 'hafen:seek', t_ms: 1e12 });
  await once.frame.waitForSelector('.timeline button.play[aria-pressed="false"]');
  await once.page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'hafen:ended'));
  await once.page.waitForTimeout(500);
  const ended = await once.page.evaluate(() => window.__messages.filter((m) => ['hafen:ended', 'hafen:loop'].includes(m.data?.type)).map((m) => m.data.type));
  assert.deepEqual(ended, ['hafen:ended']);
  assert.deepEqual([...problems, ...once.problems], []);
  await once.context.close();
  once.host.close();
});

test('the host shows other platforms; bad messages are ignored', async () => {
  const { host, context, page, frame, problems } = await embedIn(`${server.url}?embed=1&preset=feastflow`, 640, 480);
  const platforms = () => frame.evaluate(() => [...document.querySelectorAll('svg.diagram[data-platform]')].map((d) => d.dataset.platform).join(','));
  await post(page, { type: 'hafen:show', platforms: ['swarm', 'kubernetes'] });
  await frame.waitForFunction(() => [...document.querySelectorAll('svg.diagram[data-platform]')].map((d) => d.dataset.platform).join(',') === 'swarm,kubernetes');
  await post(page, { type: 'hafen:show', platforms: ['compose', 'swarm', 'kubernetes'] });
  await frame.waitForFunction(() => document.querySelectorAll('svg.diagram[data-platform]').length === 3);
  for (const bad of [{ type: 'hafen:show', platforms: ['compose'] }, { type: 'hafen:show', platforms: ['compose', 'compose'] }, { type: 'hafen:show', platforms: 'compose,swarm' },
    { type: 'hafen:show', platforms: [1, 2] }, { type: 'hafen:show', platforms: ['compose', 'nomad'] }, { type: 'hafen:show' }, { type: 'hafen:step', n: 2 }, null, 42, 'hafen:play', { type: 'hafen:seek', t_ms: 1.5 }]) await post(page, bad);
  await page.waitForTimeout(400);
  assert.equal(await platforms(), 'compose,swarm,kubernetes');
  assert.deepEqual(problems, []);
  await context.close();
  host.close();
});

/** A message of a catalog (`i18n/<lang>.ftl`), placeables as written. */
const catalog = (lang, key) => readFileSync(new URL(`../crates/hafen-core/i18n/${lang}.ftl`, import.meta.url), 'utf8').split('\n').find((l) => l.startsWith(`${key} = `))?.slice(key.length + 3);

test('a story told step by step: captioned with the story and the step, no answer before it plays, the host moves it, a loop goes on to the next step', async () => {
  // German, the surprises' first step: its neutral title until it has played, then the answer.
  const s = await embedIn(`${server.url}?embed=1&story=surprises&lang=de&autoplay=1&speed=60#step=1`, 640, 480);
  const caption = () => s.frame.textContent('.caption');
  const [neutral, told] = ['title', 'after-title'].map((k) => catalog('de', `story-surprises-dead-node-traffic-${k}`));
  await s.frame.waitForFunction(() => /^Die Überraschungen · Schritt 1 von 6: /.test(document.querySelector('.caption').textContent));
  assert.equal(await caption(), `Die Überraschungen · Schritt 1 von 6: ${neutral}`, 'the set-up\'s title while it plays');
  assert.deepEqual(await misfits(s.frame, 640, 480), []);
  await s.page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'hafen:ended'), null, { timeout: 30_000 });
  await s.frame.waitForSelector('.timeline button.play[aria-pressed="false"]');
  assert.equal(await caption(), `Die Überraschungen · Schritt 1 von 6: ${told}`, 'the answer once it has played');
  assert.equal(await s.frame.getAttribute('a.open-full', 'href'), '/hafen/sub/path/?lang=de&present=1&story=surprises#step=1');
  // The host asks for step 3: shown and played.
  await post(s.page, { type: 'hafen:step', n: 3 });
  await s.frame.waitForFunction(() => /Schritt 3 von 6: /.test(document.querySelector('.caption').textContent));
  assert.equal(await caption(), `Die Überraschungen · Schritt 3 von 6: ${catalog('de', 'story-surprises-statefulset-title')}`);
  assert.match(await s.frame.getAttribute('a.open-full', 'href'), /\?lang=de&present=1&story=surprises#step=3$/);
  await s.frame.waitForSelector('.timeline button.play[aria-pressed="true"]');
  for (const bad of [{ type: 'hafen:step', n: 0 }, { type: 'hafen:step', n: -1 }, { type: 'hafen:step', n: 1.5 }, { type: 'hafen:step', n: 7 }, { type: 'hafen:step', n: 1e30 }, { type: 'hafen:step', n: '2' }, { type: 'hafen:step' }]) await post(s.page, bad);
  await s.page.waitForTimeout(400);
  assert.match(await caption(), /Schritt 3 von 6/);
  assert.deepEqual(await misfits(s.frame, 640, 480), []);
  await s.page.screenshot({ path: `${SHOTS}/embed-story-de.png` });
  assert.deepEqual(s.problems, []);
  await s.context.close();
  s.host.close();

  // Looping from the last step: its end, then the first step again, which the host hears.
  const l = await embedIn(`${server.url}?embed=1&story=surprises&autoplay=1&loop=1&speed=60#step=6`, 640, 480);
  await l.frame.waitForFunction(() => /^The surprises · Step 6 of 6: /.test(document.querySelector('.caption').textContent));
  await l.frame.waitForFunction(() => /^The surprises · Step 1 of 6: /.test(document.querySelector('.caption').textContent), null, { timeout: 40_000 });
  const said = await l.page.evaluate(() => window.__messages.map((m) => m.data?.type).filter((t) => t === 'hafen:ended' || t === 'hafen:loop'));
  assert.deepEqual(said.slice(0, 2), ['hafen:ended', 'hafen:loop']);
  await l.frame.waitForSelector('.timeline button.play[aria-pressed="true"]');
  assert.deepEqual(l.problems, []);
  await l.context.close();
  l.host.close();
});
