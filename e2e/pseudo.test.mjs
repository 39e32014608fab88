// The pseudo-locale en-XA (`?lang=en-XA`): English accented, about 40 % longer and in brackets,
// made by the build from en.ftl (scripts/languages.mjs). With it, at 1440×900, 1280×720 and
// 390×844 on every tab, and in the 640×480 embed:
// (a) every visible text and label comes from the catalogs: a text with letters but without the
//     pseudo-locale's brackets or accents bypassed them, unless all its words are allowed: names
//     from the user's document (services, nodes, replicas, versions, the application's name, file
//     names made from it), the brand "Hafen" and the products' names, the same in every language
//     (Docker, Docker Compose, Docker Swarm, Kubernetes), the unit symbols the code writes after a
//     number (`5 min 50 s`, `512 MiB`); not checked: the language menu's endonyms (each language's
//     name in itself) and what tools read (files and commands in <pre>/<code>);
// (b) no text overflows: no sideways scroll, no text cut off by a box that clips it or shortened
//     with an ellipsis, none reaching past its box or the window.
// Screenshots: target/screenshots/pseudo-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { openWatched } from './browser.mjs';
import { suite, hostPage, SHOTS } from './suite.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

/** The messages of a catalog's text: key → value (continued lines joined). */
function messages(text) {
  const out = new Map();
  let key;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (line.startsWith(' ')) { out.set(key, `${out.get(key)}\n${line.trim()}`); continue; }
    key = line.slice(0, line.indexOf('=')).trim();
    out.set(key, line.slice(line.indexOf('=') + 1).trim());
  }
  return out;
}

test('the build makes en-XA from en.ftl: every message bracketed, accented and longer, its placeables, selectors and no-break spaces kept; the page lists the real languages', () => {
  const en = messages(readFileSync('crates/hafen-core/i18n/en.ftl', 'utf8'));
  const xa = messages(readFileSync('dist/i18n/en-XA.ftl', 'utf8'));
  assert.deepEqual([...xa.keys()], [...en.keys()]);
  const placeables = (v) => (v.match(/\{\s*\$[^}]*?(->|\})|\*?\[[^\]\s]*\](?=\s)/g) ?? []).join(' ');
  let enLength = 0;
  let xaLength = 0;
  for (const [key, value] of en) {
    const pseudo = xa.get(key);
    assert.ok(pseudo.startsWith('[') && pseudo.endsWith(']'), `${key}: ${pseudo}`);
    assert.equal(placeables(pseudo), placeables(value), `${key}: its variables and selectors`);
    assert.equal(pseudo.split('\u00a0').length, value.split('\u00a0').length, `${key}: its no-break spaces`);
    assert.ok(!/[a-zA-Z]{2}/.test(pseudo.replace(/\{\s*\$[^{}]*?\}|\$[\w-]+|\[[^\]\s]*\]/g, '')), `${key}: English letters left: ${pseudo}`);
    enLength += value.length;
    xaLength += pseudo.length;
  }
  const longer = xaLength / enLength;
  assert.ok(longer > 1.3 && longer < 1.55, `en-XA is ${Math.round((longer - 1) * 100)} % longer`);
  // The loading text: every catalog of i18n/ (English first), never the pseudo-locale.
  const html = readFileSync('dist/index.html', 'utf8');
  const langs = [...html.matchAll(/<span lang="?([\w-]+)"?>/g)].map((m) => m[1]);
  const catalogs = readdirSync('crates/hafen-core/i18n').filter((f) => f.endsWith('.ftl')).map((f) => f.slice(0, -4));
  assert.deepEqual([...langs].sort(), catalogs.sort());
  assert.equal(langs[0], 'en');
  assert.match(html, /<noscript><p lang="?en"?>Hafen runs entirely/);
});

/** Everything wrong on the page as it is now: (a) texts that bypass the catalogs, (b) overflow.
 * Runs in the page. */
function findings() {
  const out = [];
  const pseudo = /[\[\]åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ]/;
  // Names from the user's document, as the diagrams and inspector carry them.
  const names = new Set(['hafen', 'feastflow', 'docker', 'compose', 'swarm', 'kubernetes']);
  for (const el of document.querySelectorAll('[data-service], [data-node], [data-replica]')) {
    for (const a of ['service', 'node', 'replica']) if (el.dataset[a]) names.add(el.dataset[a].toLowerCase());
  }
  const unit = /^(ms|s|min|h|m|d|mi|gi|mib|gib|kib|vcpu|cpu|gpu|eur|usd|k|x|v\d+)$/i;
  const allowed = (text) => (text.replace(/[\w-]+\.(ya?ml|json|svg|png)\b/g, (f) => (names.has(f.split(/[-.]/)[0]) ? '' : f)).match(/[\p{L}][\p{L}\d_-]*/gu) ?? []).every((w) => {
    const l = w.toLowerCase();
    // Replica and node names: a service's name with a hash and an ordinal (backend-7f9c-1).
    return names.has(l) || unit.test(l) || /^[a-z][\w]*(-[\w]+)*-\d+$/.test(l) && names.has(l.split('-')[0]) || /^v\d+$/.test(l) || [...names].some((n) => l.startsWith(`${n}-`));
  });
  const shown = (el) => el.checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) ?? true;
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) parts.unshift(e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? `.${e.className.split(' ')[0]}` : ''));
    return parts.join(' > ');
  };
  const skip = (el) => el.closest('pre, code, script, style, textarea, select.language, .diagram-tooltip');
  const W = window.innerWidth;
  // (a) and (b) for every visible text.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const el = node.parentElement;
    if (!text || !el || skip(el) || !shown(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (/\p{L}/u.test(text) && !pseudo.test(text) && !allowed(text)) out.push(`bypasses the catalogs: "${text.slice(0, 60)}" in ${where(el)}`);
    // What only a screen reader reads (.sr-only: a 1 px box that clips) has no box to fit.
    if (el.closest('svg')) continue;
    const own = el.getBoundingClientRect();
    if (own.width <= 1 && own.height <= 1) continue;
    // Cut off by a box that clips, or shortened with an ellipsis.
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      const clipsX = s.overflowX === 'hidden' || s.overflowX === 'clip';
      const clipsY = s.overflowY === 'hidden' || s.overflowY === 'clip';
      if (!clipsX && !clipsY) continue;
      const b = a.getBoundingClientRect();
      const cut = (clipsX && (r.left < b.left - 1 || r.right > b.right + 1)) || (clipsY && (r.top < b.top - 1 || r.bottom > b.bottom + 1));
      if (cut) { out.push(`cut off by ${where(a)}: "${text.slice(0, 60)}"`); break; }
    }
    if (getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) out.push(`shortened with an ellipsis: "${text.slice(0, 60)}" in ${where(el)}`);
    // Past its own box (a label wider than its button), or past the window.
    if (getComputedStyle(el).display !== 'inline' && (r.right > own.right + 1 || r.left < own.left - 1)) out.push(`wider than its box (${Math.round(r.width)} px in ${Math.round(own.width)}): "${text.slice(0, 60)}" in ${where(el)}`);
    const scroller = [...function* () { for (let a = el; a; a = a.parentElement) yield a; }()].some((a) => ['auto', 'scroll'].includes(getComputedStyle(a).overflowX) && a.scrollWidth > a.clientWidth);
    if (!scroller && (r.right > W + 1 || r.left < -1)) out.push(`past the window's edge (${Math.round(r.left)}–${Math.round(r.right)} of ${W} px): "${text.slice(0, 60)}"`);
  }
  // Labels a reader meets (tooltips, screen readers, empty fields).
  for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
    if (!shown(el) || skip(el)) continue;
    for (const a of ['title', 'aria-label', 'placeholder']) {
      const v = el.getAttribute(a)?.trim();
      if (v && /\p{L}/u.test(v) && !pseudo.test(v) && !allowed(v)) out.push(`bypasses the catalogs: ${a}="${v.slice(0, 60)}" on ${where(el)}`);
    }
  }
  const doc = document.documentElement;
  if (doc.scrollWidth > W + 1) out.push(`the page scrolls sideways (${doc.scrollWidth} px wide in ${W} px)`);
  return [...new Set(out)];
}

const TABS = ['platforms', 'costs', 'availability', 'advisor', 'commands', 'manifests', 'timings'];

for (const [w, h] of [[1440, 900], [1280, 720], [390, 844]]) {
  test(`en-XA at ${w}×${h}, FeastFlow with a node down, every tab: every text from the catalogs, none overflowing`, async () => {
    const { page, problems } = await openWatched(browser, `${server.url}?preset=feastflow&lang=en-XA`, server.origin, { width: w, height: h });
    await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod', { state: 'attached' });
    assert.equal(await page.getAttribute('html', 'lang'), 'en-XA');
    // The language menu names it while it is in use (the menu says what the page shows)...
    const menu = await page.$$eval('select.language option', (os) => os.map((o) => [o.value, o.selected]));
    if (menu.length) assert.deepEqual(menu.filter(([, on]) => on).map(([v]) => v), ['en-XA']);
    // ...and offers it nowhere else.
    if (w === 1440) {
      const en = await browser.newPage();
      await en.goto(`${server.url}?preset=feastflow&lang=en`);
      await en.waitForSelector('select.language', { state: 'attached' });
      assert.ok(!(await en.$$eval('select.language option', (os) => os.map((o) => o.value))).includes('en-XA'));
      await en.close();
    }
    await page.click('.actions button.kill-node');
    await page.locator('input[type=range]').fill('420');
    await page.waitForTimeout(1300);
    const found = [];
    for (const tab of TABS) {
      const button = page.locator(`.tabs button[data-panel="${tab}"]`);
      if (!(await button.isVisible())) continue;
      await button.click();
      await page.waitForTimeout(tab === 'costs' || tab === 'availability' ? 1500 : 400);
      found.push(...(await page.evaluate(findings)).map((f) => `${tab}: ${f}`));
      if (tab === 'platforms' || tab === 'costs') await page.screenshot({ path: `${SHOTS}/pseudo-${w}-${tab}.png`, fullPage: true });
    }
    assert.deepEqual(found, [], `\n${found.join('\n')}`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

// The embed's caption may take two lines and, in a narrow panel, the share answered too (room kept
// for it from the start): what a longer language needs fits at 640×480, and the embed's height
// still never changes while it plays (README, "Embed").
test('en-XA in the 640×480 embed: every text from the catalogs', async () => {
  const found = await embedFindings();
  const bypass = found.filter((f) => f.startsWith('bypasses'));
  assert.deepEqual(bypass, [], `\n${bypass.join('\n')}`);
});

test('en-XA in the 640×480 embed: no text overflowing', async () => {
  const found = (await embedFindings()).filter((f) => !f.startsWith('bypasses'));
  assert.deepEqual(found, [], `\n${found.join('\n')}`);
});

async function embedFindings() {
  const host = await hostPage(`<!doctype html><meta charset=utf-8><title>Wiki</title><body style="margin:0">
<iframe id=hafen src="${server.url}?embed=1&preset=feastflow&autoplay=1&speed=60&lang=en-XA" width=640 height=480 style="border:0;display:block" title="Hafen"></iframe></body>`);
  const context = await browser.newContext({ viewport: { width: 680, height: 520 } });
  const page = await context.newPage();
  await page.goto(host.url);
  const frame = await (await page.waitForSelector('#hafen')).contentFrame();
  await frame.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  await page.waitForTimeout(3000);
  const found = await frame.evaluate(findings);
  await page.screenshot({ path: `${SHOTS}/pseudo-embed-640.png` });
  await context.close();
  host.close();
  return found;
}
