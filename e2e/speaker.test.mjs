// The speaker at 1280×720 with a clicker (issue 30): every step of every built-in story whole on
// screen at 1280×720, 1024×768 and 1920×1080 in English, German and Norwegian (nothing cut off,
// nothing to scroll: a clicker cannot scroll), no text under 18 px and every text at WCAG AA
// contrast; P after Esc and after a reload presents the preset's story; hold, replay and → that
// finishes a playing step; the end screen's answers and restart; the notes window seeing the
// blackout and the presenter gone; the language kept through a reload and in the notes window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { suite, SHOTS } from './suite.mjs';
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
    // Replicas gliding to their places and fading in: measured where they come to rest.
    for (const a of document.getAnimations()) if (a.effect?.getTiming().iterations !== Infinity) a.finish();
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

/** Every text in the presenter smaller than `min` px as drawn, or below 4.5:1 contrast. */
async function illegible(page, min = 18) {
  return page.evaluate((min) => {
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
      let size = parseFloat(s.fontSize) * (el.currentCSSZoom ?? 1);
      const svg = el.closest('svg');
      if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const text = el.textContent.trim().slice(0, 40);
      if (size < min - 0.05) out.push(`${size.toFixed(1)} px: ${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${text}"`);
      const ink = parse(svg ? s.fill : s.color);
      if (!ink) continue;
      const back = svg ? svgBackdrop(el) : backdrop(el);
      const c = over([ink[0], ink[1], ink[2], ink[3] * opacity(el)], back);
      const k = ratio(c, back);
      if (k < 4.5) out.push(`contrast ${k.toFixed(2)}: ${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${text}"`);
    }
    return out;
  }, min);
}

/** Goes to step `n` the way the address does (`#step=n`), and waits until it is staged. */
async function toStep(page, n) {
  await page.evaluate((n) => { location.hash = `step=${n}`; }, n);
  await page.waitForSelector(`.presenter[data-step="${n}"]`);
  await page.waitForTimeout(150);
}

for (const lang of LANGS) {
  test(`every step of every built-in story whole at 1280×720, 1024×768 and 1920×1080 in ${lang}; at 1280×720 no text under 18 px and AA contrast`, async () => {
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
            for (const c of await clipped(page)) bad.push(`${where}${when}: ${c}`);
            if (size.width === 1280) for (const c of await illegible(page)) bad.push(`${where}${when}: ${c}`);
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
      for (const c of await clipped(page)) bad.push(`${lang} ${size.width}×${size.height} end: ${c}`);
      if (size.width === 1280) for (const c of await illegible(page)) bad.push(`${lang} ${size.width} end: ${c}`);
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
  await page.waitForSelector('svg.diagram g.pod');
  for (const round of ['first', 'after Esc', 'after a reload']) {
    if (round === 'after a reload') {
      await page.reload();
      await page.waitForSelector('svg.diagram g.pod');
    }
    await page.keyboard.press('p');
    await page.waitForSelector('.presenter[data-step="1"]');
    assert.equal(await page.textContent('.present-count'), '1 / 9', round);
    assert.match(await page.textContent('.present-story'), /FeastFlow/, round);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.app svg.diagram g.pod');
  }
  // Another preset, reloaded: its own story.
  await page.goto(`${server.url}?preset=quantum-trader`);
  await page.waitForSelector('svg.diagram g.pod');
  await page.waitForFunction(() => location.hash.startsWith('#2.'));
  await page.goto(`${server.url}${await page.evaluate(() => location.hash)}`);
  await page.waitForSelector('svg.diagram g.pod');
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
  await page.keyboard.press('Escape');
  await notes.waitForSelector('.notes-state.gone');
  await notes.screenshot({ path: `${SHOTS}/speaker-notes-gone.png` });
  // Back in the app, P presents again: the notes follow it.
  await page.waitForSelector('.app svg.diagram g.pod');
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
  // Esc: the German app; its Stories menu opens a German presenter.
  await page.keyboard.press('Escape');
  await page.waitForSelector('.app svg.diagram g.pod');
  assert.match(page.url(), /lang=de/);
  await page.goto(`${server.url}?lang=de&preset=feastflow`);
  await page.waitForSelector('.app svg.diagram g.pod');
  await page.selectOption('select.stories', 'surprises');
  await page.waitForSelector('.presenter[data-step="1"]');
  await page.waitForFunction(() => /step=1$/.test(location.href));
  assert.match(page.url(), /[?&]lang=de[&#]/);
  await page.reload();
  await page.waitForSelector('.presenter[data-step="1"]');
  assert.equal(await page.textContent('.present-story'), 'Die Überraschungen');
  await context.close();
});
