// The speaker at 1280×720 with a clicker (issue 30): every step of every built-in story whole on
// screen at 1280×720, 1024×768 and 1920×1080 in English, German and Norwegian (nothing cut off,
// nothing to scroll: a clicker cannot scroll; no diagram label shortened with "…", also while a
// node is down), no text under 18 px (27 px at 1920×1080, the 1280 layout drawn 1.5× larger; the
// diagrams 14.4 px at 1024×768, as large on the wall) and every text at WCAG AA contrast; a long
// narration of the speaker's own in pages a click each; Esc that leaves full screen, then asks for
// a second Esc (a clicker's start button sends F5 and Esc in turn); P after Esc and after a reload
// presents the preset's story; hold, replay and → that finishes a playing step; the end screen's
// answers and restart; the notes window seeing the blackout and the presenter gone; the language
// kept through a reload and in the notes window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { suite, SHOTS, dropFile } from './suite.mjs';
import { openWatched } from './browser.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

const STORIES = ['feastflow', 'quantum-trader', 'aima', 'surprises'];
const LANGS = ['en', 'de', 'nb'];
const SIZES = [{ width: 1280, height: 720 }, { width: 1024, height: 768 }, { width: 1920, height: 1080 }];

/** What on the presenter's screen is cut off, hidden behind a scroll bar or beyond the window
 * (empty when everything is there whole). */
async function clipped(page) {
  return page.evaluate(() => {
    // Replicas gliding to their places and fading in: measured where they come to rest (not what
    // follows a scroll, the narration's "…").
    for (const a of document.getAnimations()) if (a.effect?.getTiming().iterations !== Infinity && a.timeline === document.timeline) a.finish();
    const out = [];
    const W = innerWidth, H = innerHeight;
    const root = document.scrollingElement;
    if (root.scrollHeight > H + 1 || root.scrollWidth > W + 1) out.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight}`);
    const shown = (el) => { const s = getComputedStyle(el); return s.display !== 'none' && s.visibility !== 'hidden'; };
    const name = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent || '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll('.presenter *')) {
      if (!shown(el) || el.closest('.term-tip')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const s = getComputedStyle(el);
      if (!(el instanceof SVGElement) && s.overflow !== 'visible' && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
        out.push(`${name(el)} holds ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
      }
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own && !(el instanceof SVGSVGElement)) continue;
      if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1) out.push(`${name(el)} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} outside ${W}×${H}`);
      const svg = el.closest('svg');
      if (svg && svg !== el) {
        const b = svg.getBoundingClientRect();
        if (r.left < b.left - 1 || r.top < b.top - 1 || r.right > b.right + 1 || r.bottom > b.bottom + 1) out.push(`${name(el)} outside its drawing`);
      }
    }
    return out;
  });
}

/** Every diagram label shortened to its box ("…" at its end): the presenter draws them whole. */
async function shortened(page) {
  return page.$$eval('.presenter svg text', (texts) => texts.map((t) => t.textContent.trim()).filter((t) => t.endsWith('…')).map((t) => `shortened: "${t}"`));
}

/** Every text in the presenter smaller than `min` px as drawn (a diagram's: `drawn` px), or (with
 * `contrast`) below 4.5:1 contrast. */
async function illegible(page, min = 18, drawn = min, contrast = true) {
  return page.evaluate(([min, drawn, contrast]) => {
    const out = [];
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a];
    };
    const over = (top, bottom) => { const a = top[3]; return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1); };
    const lum = (c) => {
      const [r, g, b] = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    // The background behind an HTML element: its own and its ancestors' backgrounds, composed.
    const backdrop = (el) => {
      const layers = [];
      for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
      }
      return layers.reverse().reduce((acc, c) => over(c, acc), [255, 255, 255, 1]);
    };
    // Behind an SVG text: the first filled shape under its middle, else the drawing's backdrop.
    const svgBackdrop = (el) => {
      const r = el.getBoundingClientRect();
      const under = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      for (const u of under) {
        if (u === el || !(u instanceof SVGGeometryElement)) continue;
        const s = getComputedStyle(u);
        const f = parse(s.fill);
        if (f && f[3] > 0 && s.visibility !== 'hidden' && Number(s.fillOpacity) > 0) return over([f[0], f[1], f[2], f[3] * Number(s.fillOpacity)], backdrop(u.closest('svg').parentElement));
      }
      return backdrop(el.closest('svg').parentElement);
    };
    const opacity = (el) => { let o = 1; for (let e = el; e && e.nodeType === 1; e = e.parentElement) o *= Number(getComputedStyle(e).opacity); return o; };
    for (const el of document.querySelectorAll('.presenter *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own) continue;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (s.display === 'none' || s.visibility === 'hidden' || r.width === 0 || el.closest('.term-tip, .sr-only')) continue;
      const svg = el.closest('svg');
      // A drawing's text: its size times the drawing's scale on screen (which has any zoom in it).
      const scaled = svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width;
      const size = parseFloat(s.fontSize) * (scaled ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : (el.currentCSSZoom ?? 1));
      const text = el.textContent.trim().slice(0, 40);
      if (size < (scaled ? drawn : min) - 0.05) out.push(`${size.toFixed(1)} px: ${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${text}"`);
      if (!contrast) continue;
      const ink = parse(svg ? s.fill : s.color);
      if (!ink) continue;
      const back = svg ? svgBackdrop(el) : backdrop(el);
      const c = over([ink[0], ink[1], ink[2], ink[3] * opacity(el)], back);
      const k = ratio(c, back);
      if (k < 4.5) out.push(`contrast ${k.toFixed(2)}: ${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${text}"`);
    }
    return out;
  }, [min, drawn, contrast]);
}

/** What a size asks of the presenter's text: 18 px at 1280×720 (contrast there too), the same
 * drawn 1.5× larger at 1920×1080, and at 1024×768 18 px, the diagrams 18 × 1024 / 1280 = 14.4 px
 * (as large on the wall: a projector shows the narrower picture as wide; `least_zoom` in
 * presenter.rs, which takes that where two three-node clusters stand side by side). */
function legible(page, size) {
  if (size.width === 1920) return illegible(page, 27, 27, false);
  if (size.width === 1024) return illegible(page, 18, 14.4, false);
  return illegible(page);
}

/** Esc, and Esc again: back in the app. */
async function leave(page) {
  await page.keyboard.press('Escape');
  await page.waitForSelector('.presenter[data-esc] .present-esc');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.app svg.diagram[data-platform] g.pod');
}

/** Goes to step `n` the way the address does (`#step=n`), and waits until it is staged. */
async function toStep(page, n) {
  await page.evaluate((n) => { location.hash = `step=${n}`; }, n);
  await page.waitForSelector(`.presenter[data-step="${n}"]`);
  await page.waitForTimeout(150);
}

for (const lang of LANGS) {
  test(`every step of every built-in story whole at 1280×720, 1024×768 and 1920×1080 in ${lang}, no diagram label shortened; no text under 18 px (27 px at 1920×1080, diagrams 14.4 px at 1024×768) and AA contrast`, async () => {
    const bad = [];
    for (const size of SIZES) {
      const { page, problems } = await openWatched(browser, `${server.url}?lang=${lang}&present=1&story=feastflow`, server.origin, size);
      await page.waitForSelector('.presenter[data-step="1"]');
      for (const story of STORIES) {
        await page.goto(`${server.url}?lang=${lang}&present=1&story=${story}#step=1`);
        await page.waitForSelector('.presenter[data-step="1"]');
        const steps = Number((await page.textContent('.present-count')).split('/')[1]);
        for (let i = 1; i <= steps; i++) {
          await toStep(page, i);
          await page.waitForSelector('.present-stage .platform, .present-stage .present-panel section');
          const where = `${lang} ${size.width}×${size.height} ${story} ${i}`;
          const check = async (when) => {
            for (const c of [...await clipped(page), ...await shortened(page), ...await legible(page, size)]) bad.push(`${where}${when}: ${c}`);
          };
          await check('');
          if (size.width !== 1920 || lang === 'de') await page.screenshot({ path: `${SHOTS}/speaker-${lang}-${size.width}-${story}-${i}.png` });
          // Played to its end, with a question's answer revealed.
          if ((await page.getAttribute('.presenter', 'data-play')) !== 'done') {
            if (await page.$('.question-card')) await page.keyboard.press('ArrowRight');
            await page.keyboard.press('ArrowRight');
            await page.waitForSelector('.presenter[data-played="true"]');
            await page.waitForTimeout(150);
            await check(' (played)');
            if (await page.$('.question-card') && size.width !== 1920) await page.screenshot({ path: `${SHOTS}/speaker-${lang}-${size.width}-${story}-${i}-played.png` });
          }
        }
      }
      // The end screen too.
      await page.keyboard.press('End');
      for (let k = 0; k < 4 && !(await page.$('.present-score')); k++) await page.keyboard.press('ArrowRight');
      await page.waitForSelector('.present-score');
      for (const c of [...await clipped(page), ...await legible(page, size)]) bad.push(`${lang} ${size.width}×${size.height} end: ${c}`);
      assert.deepEqual(problems, []);
      await page.close();
    }
    // The whole list, for reading (the assertion's message shows its start).
    await writeFile(`${SHOTS}/speaker-${lang}-problems.txt`, bad.join('\n'));
    assert.deepEqual(bad, []);
  });
}

test('P, Esc, P presents the preset\'s story, also after a reload; a document\'s own story first', async () => {
  const { page, problems } = await openWatched(browser, `${server.url}?preset=feastflow`, server.origin, { width: 1280, height: 720 });
  await page.waitForSelector('svg.diagram[data-platform] g.pod');
  for (const round of ['first', 'after Esc', 'after a reload']) {
    if (round === 'after a reload') {
      await page.reload();
      await page.waitForSelector('svg.diagram[data-platform] g.pod');
    }
    await page.keyboard.press('p');
    await page.waitForSelector('.presenter[data-step="1"]');
    assert.equal(await page.textContent('.present-count'), '1 / 9', round);
    assert.match(await page.textContent('.present-story'), /FeastFlow/, round);
    await leave(page);
  }
  // Another preset, reloaded: its own story.
  await page.goto(`${server.url}?preset=quantum-trader`);
  await page.waitForSelector('svg.diagram[data-platform] g.pod');
  await page.waitForFunction(() => location.hash.startsWith('#2.'));
  await page.goto(`${server.url}${await page.evaluate(() => location.hash)}`);
  await page.waitForSelector('svg.diagram[data-platform] g.pod');
  await page.keyboard.press('p');
  await page.waitForSelector('.presenter[data-step="1"]');
  assert.match(await page.textContent('.present-story'), /Quantum Trader/);
  assert.equal(await page.textContent('.present-count'), '1 / 6');
  assert.deepEqual(problems, []);
  await page.close();
});

test('hold and resume (K, F5), replay (R), and → that plays a step to its end before moving on', async () => {
  const { page, problems } = await openWatched(browser, `${server.url}?present=1&story=feastflow#step=4`, server.origin, { width: 1280, height: 720 });
  await page.waitForSelector('.presenter[data-step="4"][data-play="playing"]');
  const clock = async () => (await page.textContent('.present-clock')).split(' / ')[0];
  await page.waitForFunction(() => document.querySelector('.present-clock').textContent.split(' / ')[0] > '04:00');
  await page.keyboard.press('k');
  await page.waitForSelector('.presenter[data-play="held"]');
  const held = await clock();
  await page.waitForTimeout(800);
  assert.equal(await clock(), held, 'held: the clock stands');
  await page.keyboard.press('k');
  await page.waitForSelector('.presenter[data-play="playing"]');
  await page.waitForFunction((t) => document.querySelector('.present-clock').textContent.split(' / ')[0] > t, held);
  // A clicker's start button: F5 holds (and does not reload the page).
  await page.keyboard.press('F5');
  await page.waitForSelector('.presenter[data-play="held"]');
  await page.keyboard.press('Shift+F5');
  await page.waitForSelector('.presenter[data-play="playing"]');
  // → while it plays: its end, not the next step.
  await page.keyboard.press('PageDown');
  await page.waitForSelector('.presenter[data-play="done"]');
  assert.equal(await page.getAttribute('.presenter', 'data-step'), '4');
  assert.equal(await page.textContent('.present-clock'), '30:00 / 30:00');
  await page.screenshot({ path: `${SHOTS}/speaker-hold-done.png` });
  // R: from its start again.
  await page.keyboard.press('r');
  await page.waitForSelector('.presenter[data-play="playing"]');
  assert.ok((await clock()) < '10:00', await clock());
  await page.keyboard.press('PageDown');
  await page.waitForSelector('.presenter[data-play="done"]');
  await page.keyboard.press('PageDown');
  await page.waitForSelector('.presenter[data-step="5"]');
  // A step played to its end by itself: the next → moves on at once.
  await page.goto(`${server.url}?present=1&story=feastflow#step=1`);
  await page.waitForSelector('.presenter[data-step="1"][data-play="done"]', { timeout: 20_000 });
  await page.keyboard.press('PageDown');
  await page.waitForSelector('.presenter[data-step="2"]');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the end: no step title, count or clock; each question with the answer chosen and the simulation\'s; restart; the notes see the blackout and the presenter gone', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(`${server.url}?lang=de&present=1&story=surprises#step=1`);
  await page.waitForSelector('.presenter[data-step="1"] .question-card');
  await page.keyboard.press('1');
  await page.waitForSelector('.presenter[data-watching="true"]');
  await page.keyboard.press('End');
  await page.waitForSelector('.presenter[data-step="6"] .question-card');
  await page.keyboard.press('2');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.presenter[data-played="true"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.present-score');
  assert.equal(await page.$('.present-title'), null);
  assert.equal(await page.$('.present-count'), null);
  assert.equal(await page.$('.present-clock'), null);
  // Each question, the prediction and the simulation's answer.
  const rows = await page.$$eval('.present-answers li', (r) => r.map((x) => x.textContent.match(/Ihre Vorhersage: (.+) · die Simulation: (.+)$/)?.slice(1)));
  assert.equal(rows.length, 6, JSON.stringify(rows));
  assert.ok(rows.every(Boolean), JSON.stringify(rows));
  assert.ok(rows[0][0] !== 'nicht beantwortet' && rows[5][0] !== 'nicht beantwortet', JSON.stringify(rows));
  for (const r of rows.slice(1, 5)) assert.equal(r[0], 'nicht beantwortet');
  for (const r of rows) assert.ok(r[1].length > 3 && r[1] !== 'nicht beantwortet', JSON.stringify(r));
  assert.match(await page.textContent('.present-score'), /Sie haben \d von 2/);
  await page.screenshot({ path: `${SHOTS}/speaker-end-de.png` });
  await page.click('.present-restart');
  await page.waitForSelector('.presenter[data-step="1"][data-watching="false"] .question-card');
  assert.equal(await page.$('.question-card .choice.chosen'), null);

  // The notes window: the blackout, then the presenter gone.
  const [notes] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await notes.waitForSelector('.speaker-notes h1');
  assert.match(notes.url(), /lang=de/);
  await page.bringToFront();
  await page.keyboard.press('b');
  await notes.waitForSelector('.notes-state.black');
  assert.match(await notes.textContent('.notes-state'), /abgedunkelt/);
  await page.keyboard.press('b');
  await notes.waitForFunction(() => !document.querySelector('.notes-state'));
  await leave(page);
  await notes.waitForSelector('.notes-state.gone');
  await notes.screenshot({ path: `${SHOTS}/speaker-notes-gone.png` });
  // Back in the app, P presents again: the notes follow it.
  await page.waitForSelector('.app svg.diagram[data-platform] g.pod');
  await page.goto(`${server.url}?lang=de&present=1&story=surprises#step=2`);
  await notes.waitForFunction(() => !document.querySelector('.notes-state') && /^2 \/ 6/.test(document.querySelector('.speaker-notes h1')?.textContent ?? ''));
  // Closed: gone.
  await page.close();
  await notes.waitForSelector('.notes-state.gone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the language stays: the German presenter reloaded, opened from the German app\'s menu, and its notes window', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=de&present=1&story=surprises`);
  await page.waitForSelector('.presenter[data-step="1"]');
  await page.waitForFunction(() => /step=1$/.test(location.href));
  assert.match(page.url(), /[?&]lang=de[&#]/);
  await page.reload();
  await page.waitForSelector('.presenter[data-step="1"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await page.textContent('.present-story'), 'Die Überraschungen');
  const [notes] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await notes.waitForSelector('.speaker-notes h1');
  assert.equal(await notes.getAttribute('html', 'lang'), 'de');
  assert.match(await notes.textContent('.speaker-notes footer'), /Zurück/);
  await notes.close();
  // Esc, Esc: the German app; its Stories menu opens a German presenter.
  await leave(page);
  assert.match(page.url(), /lang=de/);
  await page.goto(`${server.url}?lang=de&preset=feastflow`);
  await page.waitForSelector('.app svg.diagram[data-platform] g.pod');
  await page.selectOption('select.stories', 'surprises');
  await page.waitForSelector('.presenter[data-step="1"]');
  await page.waitForFunction(() => /step=1$/.test(location.href));
  assert.match(page.url(), /[?&]lang=de[&#]/);
  await page.reload();
  await page.waitForSelector('.presenter[data-step="1"]');
  assert.equal(await page.textContent('.present-story'), 'Die Überraschungen');
  await context.close();
});

test('a node down and not yet noticed, then NotReady: its status whole on two lines in its box, at 18 px (1280×720) and 14.4 px (1024×768), in English, German and Norwegian', async () => {
  for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
    const { page, problems } = await openWatched(browser, `${server.url}?lang=en&present=1&story=surprises#step=1`, server.origin, size);
    for (const lang of LANGS) {
      await page.goto(`${server.url}?lang=${lang}&present=1&story=surprises#step=1`);
      await page.waitForSelector('.presenter[data-step="1"] .question-card');
      // Played without an answer: node-2 loses power at 01:00; neither control plane knows yet.
      await page.keyboard.press('ArrowRight');
      for (const state of ['unreachable', 'notready']) {
        const dead = `svg.diagram[data-platform="kubernetes"] g.node[data-state="${state}"]`;
        await page.waitForSelector(dead, { timeout: 20_000 });
        await page.keyboard.press('k');
        await page.waitForSelector('.presenter[data-play="held"]');
        const where = `${lang} ${size.width}×${size.height} ${state}`;
        assert.deepEqual([...await shortened(page), ...await clipped(page), ...await legible(page, size)], [], where);
        const status = (await page.$$eval(`${dead} .node-status`, (t) => t.map((x) => x.textContent))).join(' ');
        assert.ok(status.length > 5 && !status.includes('…'), `${where}: ${status}`);
        if (state === 'unreachable') await page.screenshot({ path: `${SHOTS}/speaker-unnoticed-${lang}-${size.width}.png` });
        await page.keyboard.press('k');
      }
    }
    assert.deepEqual(problems, []);
    await page.close();
  }
});

/** The narration's lines against its box: how many pages it has, which lines the page on screen
 * shows whole, and any line cut by the box's edges. */
async function narrationPages(page) {
  return page.evaluate(() => {
    const p = document.querySelector('.narration');
    const box = p.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(p);
    // One rectangle per line (a line's words may come in several).
    const lines = [];
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      const line = lines.find((l) => Math.abs(l.top - r.top) < 2 && r.left < l.right + 40 && r.right > l.left - 40);
      if (line) { line.left = Math.min(line.left, r.left); line.right = Math.max(line.right, r.right); line.bottom = Math.max(line.bottom, r.bottom); } else lines.push({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
    }
    const inside = (l) => l.left >= box.left - 1 && l.right <= box.right + 1;
    const outside = (l) => l.right <= box.left + 1 || l.left >= box.right - 1;
    const step = p.clientWidth + parseFloat(getComputedStyle(p).columnGap);
    return {
      pages: Math.round((p.scrollWidth + step - p.clientWidth) / step),
      page: Math.round(p.scrollLeft / step),
      lines: lines.length,
      shown: lines.filter(inside).map((l) => Math.round(l.top - box.top)),
      cut: lines.filter((l) => !inside(l) && !outside(l)).length + lines.filter((l) => inside(l) && (l.top < box.top - 1 || l.bottom > box.bottom + 1)).length,
      more: getComputedStyle(p.parentElement, '::after').opacity === '1',
      size: parseFloat(getComputedStyle(p).fontSize) * (p.currentCSSZoom ?? 1),
    };
  });
}

test('a narration of the speaker\'s own longer than its room: in pages of whole lines, → and ← turn them (… says another follows), then move through the story', async () => {
  const yaml = await readFile('scenarios/8-onboarding-story.yaml', 'utf8');
  // As long as a step's narration may be (1,000 characters), on a step that asks a question.
  const long = Array.from({ length: 7 }, (_, i) => `Sentence ${i + 1} of a long narration that a speaker wrote for this step, telling the room what it is about to see on both platforms.`).join(' ');
  const written = yaml.replace(/narration: >\n {8}At one minute the backend's process exits\. Our compose file sets no restart policy\./, `narration: "${long}"`);
  assert.notEqual(written, yaml);
  for (const size of SIZES) {
    const { page, problems } = await openWatched(browser, `${server.url}?preset=feastflow`, server.origin, size);
    await page.waitForSelector('svg.diagram[data-platform] g.pod');
    await dropFile(page, 'long-narration.yaml', written);
    await page.waitForFunction(() => document.querySelector('select.stories')?.textContent.includes("This document's story"));
    await page.keyboard.press('p');
    await page.waitForSelector('.presenter[data-step="1"]');
    await page.evaluate(() => { location.hash = location.hash.replace(/step=1$/, 'step=2'); });
    await page.waitForSelector('.presenter[data-step="2"] .question-card');
    await page.waitForTimeout(300);
    const where = `${size.width}×${size.height}`;
    assert.equal(await page.textContent('.narration'), long, where);
    // Everything else whole and large; the narration's first page, and the mark that more follows.
    const others = (await clipped(page)).filter((c) => !/^p\.narration/.test(c) && !/^span\.term/.test(c));
    assert.deepEqual([...others, ...await shortened(page), ...await legible(page, size)], [], where);
    let at = await narrationPages(page);
    assert.ok(at.pages >= 2 && at.size >= 18 * (size.width === 1920 ? 1.5 : 1), `${where}: ${JSON.stringify(at)}`);
    await page.screenshot({ path: `${SHOTS}/speaker-long-narration-${size.width}-1.png` });
    // → turns the pages, each whole lines only, every line on one page; the step stays.
    let seen = 0;
    for (let k = 0; k < at.pages; k++) {
      if (k > 0) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((k) => Math.round(document.querySelector('.narration').scrollLeft / (document.querySelector('.narration').clientWidth + 40)) === k, k);
        await page.waitForTimeout(100);
      }
      at = await narrationPages(page);
      assert.equal(at.page, k, where);
      assert.equal(at.cut, 0, `${where} page ${k + 1}: a line cut by the box`);
      assert.equal(at.more, k + 1 < at.pages, `${where} page ${k + 1}: "…" while another page follows`);
      assert.equal(await page.getAttribute('.presenter', 'data-step'), '2');
      assert.equal(await page.getAttribute('.presenter', 'data-watching'), 'false', `${where}: still asking`);
      seen += at.shown.length;
    }
    assert.equal(seen, at.lines, `${where}: every line on one page`);
    await page.screenshot({ path: `${SHOTS}/speaker-long-narration-${size.width}-${at.pages}.png` });
    // ← turns back a page; → again, then → lets the step play (its question unanswered).
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((k) => Math.round(document.querySelector('.narration').scrollLeft / (document.querySelector('.narration').clientWidth + 40)) === k, at.pages - 2);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((k) => Math.round(document.querySelector('.narration').scrollLeft / (document.querySelector('.narration').clientWidth + 40)) === k, at.pages - 1);
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.presenter[data-step="2"][data-watching="true"]');
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('Esc: in full screen it leaves full screen, and a second Esc the presenter; out of it a first Esc asks for a second; a clicker\'s start button, sending F5 and Esc in turn, holds and resumes and never leaves', async () => {
  const { page, problems } = await openWatched(browser, `${server.url}?present=1&story=feastflow#step=4`, server.origin, { width: 1280, height: 720 });
  await page.waitForSelector('.presenter[data-step="4"][data-play="playing"]');
  const hint = () => page.isVisible('.present-esc');
  /** The presenter at FeastFlow's first step, put in full screen with F. */
  const fullScreenAtStep1 = async () => {
    await page.goto(`${server.url}?present=1&story=feastflow#step=1`);
    await page.waitForSelector('.presenter[data-step="1"]');
    await page.keyboard.press('f');
    await page.waitForFunction(() => !!document.fullscreenElement);
  };
  // The clicker's start button, six presses: F5 holds, Esc asks, F5 plays on (and Esc starts over)…
  for (const [key, play] of [['F5', 'held'], ['Escape', 'held'], ['F5', 'playing'], ['Escape', 'playing'], ['F5', 'held'], ['Escape', 'held']]) {
    await page.keyboard.press(key);
    await page.waitForSelector(`.presenter[data-play="${play}"]`);
    assert.equal(await hint(), key === 'Escape', `after ${key}`);
  }
  assert.match(await page.textContent('.present-esc'), /^Esc again leaves the presentation$/);
  assert.deepEqual(await illegible(page), []);
  await page.screenshot({ path: `${SHOTS}/speaker-esc-again.png` });
  // …while a second Esc leaves.
  await page.keyboard.press('Escape');
  await page.waitForSelector('.app svg.diagram[data-platform] g.pod');
  // Full screen (F): Esc leaves it, and only it; the next Esc leaves the presenter.
  await fullScreenAtStep1();
  assert.equal(await hint(), false);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.fullscreenElement);
  // (The page hears of it with the next frame.)
  await page.waitForSelector('.presenter[data-step="1"] .present-esc', { timeout: 2000 });
  await page.keyboard.press('Escape');
  await page.waitForSelector('.app svg.diagram[data-platform] g.pod');
  // F leaving full screen is no Esc; ✕ leaves at once.
  await fullScreenAtStep1();
  await page.keyboard.press('f');
  await page.waitForFunction(() => !document.fullscreenElement);
  await page.waitForTimeout(300);
  assert.equal(await hint(), false);
  await page.click('.present-leave');
  await page.waitForSelector('.app svg.diagram[data-platform] g.pod');
  assert.deepEqual(problems, []);
  await page.close();
});
