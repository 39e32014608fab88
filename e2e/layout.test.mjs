// Readable on every screen (issue 10): at 1440×900, 1280×720, 640×480 and 390×844, measured in the
// page: no diagram text under 12 CSS px, no diagram label over another label or out of its box, no
// horizontal scroll, platforms one per row on a phone, the timeline covering nothing, and a loading
// indicator until the app is drawn.
// Screenshots go to target/screenshots/layout-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openWatched } from './browser.mjs';
import { suite, SHOTS } from './suite.mjs';

const SIZES = [[1440, 900], [1280, 720], [640, 480], [390, 844]];
const MIN_TEXT_PX = 12;
let server, browser;
suite((s, b) => { server = s; browser = b; });

/** Everything wrong with the diagrams' text on the page as it is now, as sentences. */
function diagramProblems(minPx) {
  const problems = [];
  const visible = (el) => {
    const s = getComputedStyle(el);
    return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0 && el.getBBox().width > 0;
  };
  const name = (el) => `${el.closest('svg.diagram[data-platform]')?.dataset.platform ?? 'application graph'} "${el.textContent}"`;
  for (const svg of document.querySelectorAll('svg.diagram[data-platform], svg.app-graph')) {
    const texts = [...svg.querySelectorAll('text')].filter(visible);
    const boxes = texts.map((t) => t.getBoundingClientRect());
    texts.forEach((t, i) => {
      const m = t.getScreenCTM();
      const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
      if (px < minPx - 0.05) problems.push(`${name(t)} is ${px.toFixed(1)} px`);
      // Its box: the replica's rectangle, or the node's.
      const owner = t.closest('g.pod, g.svc') ? t.closest('g.pod, g.svc').querySelector('rect') : t.closest('g.node')?.querySelector('rect.node-box');
      if (owner) {
        const o = owner.getBoundingClientRect();
        const b = boxes[i];
        if (b.left < o.left - 0.5 || b.right > o.right + 0.5 || b.top < o.top - 0.5 || b.bottom > o.bottom + 0.5) {
          problems.push(`${name(t)} leaves its box`);
        }
      }
    });
    // Overlaps, by a sweep over the left edges.
    const order = boxes.map((b, i) => i).sort((a, b) => boxes[a].left - boxes[b].left);
    for (let x = 0; x < order.length; x++) {
      const a = boxes[order[x]];
      for (let y = x + 1; y < order.length && boxes[order[y]].left < a.right - 0.5; y++) {
        const b = boxes[order[y]];
        if (Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5) {
          problems.push(`${name(texts[order[x]])} overlaps ${name(texts[order[y]])}`);
        }
      }
    }
  }
  return problems;
}

/** Page-level problems: horizontal scroll, an element out of the window's width. */
function pageProblems() {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1) problems.push(`the page scrolls sideways (${doc.scrollWidth} px wide in ${window.innerWidth} px)`);
  for (const el of document.querySelectorAll('svg.diagram[data-platform], section.platform')) {
    const r = el.getBoundingClientRect();
    if (r.right > window.innerWidth + 1) problems.push(`${el.tagName} ${el.getAttribute('aria-label') ?? ''} reaches ${r.right.toFixed(0)} px`);
  }
  return problems;
}

/** Content the timeline bar lies over, at every scroll position of the page (a page's worth at a
 * time): what the hit-test finds under points across the bar must be the bar or what holds it. */
async function coveredByTimeline() {
  const problems = new Set();
  const bar = document.querySelector('.timeline');
  // The part of the app that scrolls (the whole page, if the app does not scroll inside).
  const doc = [...document.querySelectorAll('body *')].find((e) => e.scrollHeight > e.clientHeight + 1 && getComputedStyle(e).overflowY === 'auto') ?? document.scrollingElement;
  for (let y = 0; ; y += doc.clientHeight / 2) {
    doc.scrollTop = y;
    await new Promise((r) => requestAnimationFrame(r));
    const r = bar.getBoundingClientRect();
    for (let k = 1; k < 8; k++) {
      for (const el of document.elementsFromPoint(r.left + (r.width * k) / 8, r.top + r.height / 2)) {
        if (bar.contains(el) || el.contains(bar)) continue;
        problems.add(`the timeline covers ${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} at scroll ${Math.round(y)}`);
      }
    }
    if (y + doc.clientHeight >= doc.scrollHeight) break;
  }
  doc.scrollTop = 0;
  return [...problems];
}

async function check(page, label, w) {
  const problems = [...await page.evaluate(diagramProblems, MIN_TEXT_PX), ...await page.evaluate(pageProblems)];
  await page.screenshot({ path: `${SHOTS}/layout-${label}-${w}.png` });
  // A narrow window shows one platform at a time, chosen in the summary above it: each in turn.
  const others = await page.$$eval('.platform-summary .glance', (cells) => cells.filter((c) => c.offsetParent && c.getAttribute('aria-pressed') !== 'true').map((c) => c.dataset.platform));
  for (const platform of others) {
    await page.click(`.platform-summary .glance[data-platform="${platform}"]`);
    // Laid out for its width once shown; replacements travel from the replica they replace (1.1 s).
    await page.waitForTimeout(1300);
    problems.push(...await page.evaluate(diagramProblems, MIN_TEXT_PX), ...await page.evaluate(pageProblems));
    await page.screenshot({ path: `${SHOTS}/layout-${label}-${w}-${platform}.png` });
  }
  return problems;
}

// In each language: German and Norwegian labels are longer than English ones.
for (const [w, h] of SIZES) for (const lang of ['en', 'de', 'nb']) {
  test(`FeastFlow, a node down, at ${w}×${h} in ${lang}: legible, nothing overlaps or leaves its box, no sideways scroll`, async () => {
    const { page, problems } = await openWatched(browser, `${server.url}?preset=feastflow&lang=${lang}`, server.origin, { width: w, height: h });
    await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod', { state: 'attached' });
    // On a phone the platforms compared are chosen in the toolbar's More menu.
    const more = await page.isVisible('.toolbar .more-button');
    if (more) await page.click('.toolbar .more-button');
    await page.check('fieldset.platforms input[data-platform="swarm"]');
    if (more) await page.keyboard.press('Escape');
    await page.click('.actions button.kill-node');
    await page.locator('input[type=range]').fill('420');
    // Replacements travel from the replica they replace (1.1 s): measure where they land.
    await page.waitForTimeout(1300);
    const found = await check(page, lang === 'en' ? 'feastflow' : `feastflow-${lang}`, w);
    if (w <= 480) {
      // One platform per row, full width (a phone shows one at a time, chosen in the summary above).
      const cols = await page.evaluate(() => [...document.querySelectorAll('section.platform')].filter((s) => s.getBoundingClientRect().height > 0).map((s) => Math.round(s.getBoundingClientRect().left)));
      assert.equal(new Set(cols).size, 1, `platforms side by side at ${w} px: ${cols}`);
      // The settings scroll sideways in one line: the first diagram starts in the upper half.
      const top = await page.evaluate(() => { window.scrollTo(0, 0); document.querySelector('.body').scrollTop = 0; return document.querySelector('svg.diagram[data-platform]').getBoundingClientRect().top; });
      assert.ok(top < h / 2, `the first diagram starts at ${Math.round(top)} px of ${h}`);
    }
    assert.deepEqual(found, [], found.slice(0, 12).join('\n'));
    assert.deepEqual(problems, []);
    await page.close();
  });
}

for (const [w, h] of [[1440, 900], [390, 844]]) {
  test(`the Large cluster on three platforms at ${w}×${h}: legible at 50 nodes`, async () => {
    const { page, problems } = await openWatched(browser, `${server.url}?preset=large`, server.origin, { width: w, height: h });
    await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod', { state: 'attached' });
    const more = await page.isVisible('.toolbar .more-button');
    if (more) await page.click('.toolbar .more-button');
    await page.check('fieldset.platforms input[data-platform="swarm"]');
    if (more) await page.keyboard.press('Escape');
    await page.locator('input[type=range]').fill('700');
    await page.waitForTimeout(1300);
    const found = await check(page, 'large', w);
    assert.deepEqual(found, [], found.slice(0, 12).join('\n'));
    assert.deepEqual(problems, []);
    await page.close();
  });
}

for (const [w, h] of SIZES) {
  test(`the timeline covers no content at ${w}×${h}, wherever the page is scrolled`, async () => {
    const { page, problems } = await openWatched(browser, `${server.url}?preset=feastflow`, server.origin, { width: w, height: h });
    await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod', { state: 'attached' });
    const found = await page.evaluate(coveredByTimeline);
    assert.deepEqual(found, [], found.slice(0, 8).join('\n'));
    assert.deepEqual(problems, []);
    await page.close();
  });
}

// A projector at 1280×720 with the browser at 150 % (853×480 CSS px) and a 640×480 frame: the header
// scrolls away with the body, so scrolled to the platforms a diagram fills most of the window.
for (const [w, h, scale] of [[853, 480, 1.5], [640, 480, 1]]) {
  test(`in a short window (${w}×${h} CSS px at ${scale * 100} %) the diagrams can fill the window`, async () => {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: scale });
    const page = await ctx.newPage();
    await page.goto(`${server.url}?preset=feastflow`);
    await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod', { state: 'attached' });
    await page.evaluate(() => document.querySelector('.sides').scrollIntoView());
    await page.waitForTimeout(200);
    const shown = await page.evaluate(() => {
      const bar = document.querySelector('.timeline').getBoundingClientRect();
      const d = document.querySelector('svg.diagram[data-platform]').getBoundingClientRect();
      return { top: d.top / bar.top, seen: (Math.min(d.bottom, bar.top) - d.top) / Math.min(d.height, bar.top) };
    });
    await page.screenshot({ path: `${SHOTS}/layout-short-${w}.png` });
    // The diagram starts in the top quarter (the header has gone) and shows whole, or fills the rest.
    assert.ok(shown.top < 0.25, `the first diagram starts ${Math.round(shown.top * 100)} % down the window`);
    assert.ok(shown.seen > 0.99, `${Math.round(shown.seen * 100)} % of the first diagram is in view`);
    await ctx.close();
  });
}

test('a loading indicator shows from the first paint until the app is drawn', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // Hold the WebAssembly back: the page must say it is loading meanwhile.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${server.url}?preset=feastflow`);
  await page.waitForSelector('#loading .spin');
  assert.equal(await page.locator('#loading').isVisible(), true);
  assert.match(await page.locator('#loading').textContent(), /Loading Hafen…/);
  await page.screenshot({ path: `${SHOTS}/layout-loading-1280.png` });
  release();
  await page.waitForSelector('svg.diagram[data-platform] g.pod');
  assert.equal(await page.locator('#loading').isVisible(), false);
  await page.close();
});

// The first paint keeps the room the app's bars and graph will take (issue 32): its diagrams are
// drawn where the app's will be, so nothing jumps when the app takes over (measured: 290 px at
// 1440×900 before). English, the presets with one row and two rows of services in their graph.
for (const [w, h, preset, phone] of [[1440, 900, 'feastflow'], [1280, 720, 'aima'], [1920, 1080, 'quantum-trader'], [1024, 768, 'feastflow'], [390, 844, 'feastflow', true]]) {
  test(`${w}×${h}, ${preset}: the first paint's diagrams are where the app draws them`, async () => {
    const at = async (hold) => {
      const ctx = await browser.newContext({ viewport: { width: w, height: h }, ...(phone ? { hasTouch: true, isMobile: true } : {}) });
      const page = await ctx.newPage();
      // The app's module held back: the first paint stays.
      if (hold) await page.route('**/hafen_bg.wasm', (route) => route.abort());
      await page.goto(`${server.url}?preset=${preset}`);
      await page.waitForSelector(hold ? '.first-paint svg.diagram rect' : 'svg.diagram[data-platform] g.pod');
      const y = await page.evaluate(() => [...document.querySelectorAll('svg.diagram')].filter((s) => s.getBoundingClientRect().width > 0).map((s) => Math.round(s.getBoundingClientRect().y)));
      await ctx.close();
      return y;
    };
    const [first, app] = [await at(true), await at(false)];
    assert.equal(first.length, app.length);
    first.forEach((y, i) => assert.ok(Math.abs(y - app[i]) <= 8, `diagram ${i + 1}: drawn at y=${y} px by the first paint, at ${app[i]} px by the app`));
  });
}

// A useful paint before anything else has loaded (issue 32): index.html draws its loading line in
// SVG attributes, ahead of the stylesheet (linked after it in the body), so it shows while the
// stylesheet and both modules are still on their way; the app removes it.
test('the loading line shows before the stylesheet and the modules have loaded, and goes with the app', async () => {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.(css|wasm)$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${server.url}?preset=feastflow`, { waitUntil: 'commit' });
  await page.waitForSelector('#loading-line rect');
  const line = await page.evaluate(() => {
    const r = document.querySelector('#loading-line').getBoundingClientRect();
    return { top: r.top, width: r.width, height: r.height, styled: [...document.styleSheets].length };
  });
  // (Before the stylesheet, in the body's default margin and on its text line.)
  assert.equal(line.styled, 0, 'no stylesheet yet');
  assert.ok(line.height === 3 && line.width >= 390 && line.top < 24, `a 3 px line across the top: ${JSON.stringify(line)}`);
  release();
  await page.waitForSelector('svg.diagram[data-platform] g.pod');
  assert.equal(await page.locator('#loading-line').count(), 0);
  assert.equal(await page.locator('#page > .app').count(), 1, 'the app draws into #page');
  await page.close();
});
