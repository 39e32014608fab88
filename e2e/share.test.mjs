// Share (issue 11): the dialog offers the link (the whole document), an iframe snippet sized for
// its content, and pictures of the diagrams (SVG and PNG) with the caption and the simulated
// time. Names with markup stay text everywhere: in the snippet, in the pictures, in an embed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite, hostPage, SHOTS } from './suite.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

function watch(page, problems) {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
}

/** A browser context at 1440×900 (plus `options`) whose every page's console errors and uncaught
 * exceptions land in `problems`; with its first page. */
async function watchedContext(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const problems = [];
  context.on('page', (p) => watch(p, problems));
  return { context, page: await context.newPage(), problems };
}

/** A page on another origin holding `snippet`; resolves to { page, frame, close }. */
async function wiki(context, snippet) {
  const host = await hostPage(`<!doctype html><meta charset=utf-8><title>Wiki</title><body style="margin:0">${snippet}</body>`);
  const page = await context.newPage();
  await page.goto(host.url);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('svg.diagram[data-platform] g.pod');
  return { page, frame, close: () => host.close() };
}

async function openShare(page) {
  await page.click('button.share');
  await page.waitForSelector('.share-dialog');
  return { link: await page.inputValue('.share-link'), snippet: await page.inputValue('.share-snippet') };
}

test('the link and the snippet: the same document, and an iframe its content fits, for every preset', async () => {
  const { context, page, problems } = await watchedContext();
  for (const [preset, swarm] of [['feastflow', false], ['feastflow', true], ['quantum-trader', false], ['aima', true]]) {
    await page.goto(`${server.url}?preset=${preset}`);
    await page.waitForSelector('svg.diagram[data-platform] g.pod');
    if (swarm) await page.check('fieldset.platforms input[data-platform="swarm"]');
    await page.waitForFunction(() => location.hash.startsWith('#2.'));
    const { link, snippet } = await openShare(page);
    const here = await page.evaluate(() => ({ page: location.origin + location.pathname, hash: location.hash }));
    assert.equal(link, `${here.page}?lang=en${here.hash}`, 'the link is this page in its language with the whole document after #');
    const size = snippet.match(/width="(\d+)" height="(\d+)"/).slice(1).map(Number);
    assert.deepEqual(size, [800, swarm ? 560 : 480]);
    assert.match(snippet, /^<iframe id="hafen-embed" src="http:\/\/127\.0\.0\.1:\d+\/hafen\/sub\/path\/\?embed=1&amp;autoplay=1&amp;loop=1&amp;lang=en#2\.[A-Za-z0-9_-]+"/);
    // Pasted into a wiki page's 800 px column: the embed shows this document and its content fits the frame.
    const w = await wiki(context, `<div style="width:${size[0]}px">${snippet}</div>`);
    const fit = await w.frame.evaluate(() => ({ content: Math.ceil(document.querySelector('.embed').getBoundingClientRect().height), width: document.documentElement.scrollWidth, hash: location.hash, frame: [innerWidth, innerHeight] }));
    assert.equal(fit.hash, new URL(link).hash, `${preset}: the embed opens the shared document`);
    assert.ok(fit.content <= fit.frame[1] && fit.width <= size[0], `${preset}${swarm ? ' + Swarm' : ''}: content ${fit.width}×${fit.content} in a ${fit.frame.join('×')} frame`);
    await w.page.screenshot({ path: `${SHOTS}/share-embed-${preset}${swarm ? '-3' : ''}.png` });
    await w.page.close();
    w.close();
    await page.keyboard.press('Escape');
    await page.waitForSelector('.share-dialog', { state: 'detached' });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('pictures: a valid SVG and a PNG of the diagrams with caption and time; markup in a name stays text', async () => {
  const { context, page, problems } = await watchedContext({ acceptDownloads: true });
  await page.goto(`${server.url}?preset=feastflow`);
  await page.waitForSelector('svg.diagram[data-platform] g.pod');
  // A scenario whose name is markup, opened from a file.
  const yaml = (await readFile('scenarios/feastflow.yaml', 'utf8')).replace(/^name: .*$/m, 'name: "<img src=x onerror=alert(1)> Shop & co"');
  await page.setInputFiles('input.open-file', { name: 'shop.yaml', mimeType: 'application/yaml', buffer: Buffer.from(yaml) });
  await page.waitForFunction(() => document.querySelector('select.preset').selectedOptions[0].textContent === 'Your scenario');
  await page.click('.actions button.kill-node');
  await page.click('.timeline button.next');
  await page.click('.timeline button.next');
  const clock = await page.textContent('.timeline output.clock');
  const { snippet } = await openShare(page);
  assert.match(snippet, /title="Hafen: &lt;img src=x onerror=alert\(1\)&gt; Shop &amp; co: at 00:10 the node running postgres loses power"/);
  // Space in the dialog does not play the timeline behind it.
  await page.focus('.copy-link');
  await page.keyboard.press('n');
  assert.equal(await page.textContent('.timeline output.clock'), clock);
  await page.screenshot({ path: `${SHOTS}/share-dialog.png` });

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('.picture-svg')]);
  const stem = `img-src-x-onerror-alert-1-shop-co-${clock.replace(':', '-')}`;
  assert.equal(svgDownload.suggestedFilename(), `${stem}.svg`);
  const svg = await readFile(await svgDownload.path(), 'utf8');
  const checked = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName, ns: root.namespaceURI, width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      scripts: doc.querySelectorAll('script, foreignObject, img, [onerror]').length,
      diagrams: doc.querySelectorAll('svg > svg').length,
    };
  }, svg);
  assert.equal(checked.error, null, 'well-formed SVG');
  assert.equal(checked.root, 'svg');
  assert.equal(checked.ns, 'http://www.w3.org/2000/svg');
  assert.equal(checked.diagrams, 2);
  assert.equal(checked.scripts, 0, 'the name stayed text');
  assert.ok(checked.texts.includes('<img src=x onerror=alert(1)> Shop & co: at 00:10 the node running postgres loses power'), checked.texts.slice(0, 3).join(' | '));
  assert.ok(checked.texts.some((t) => t.startsWith(`at ${clock} of `)), 'the simulated time');
  assert.ok(checked.texts.includes('Docker Compose on one host') && checked.texts.some((t) => t.startsWith('Kubernetes on 3')), 'each platform\'s title');
  assert.ok(checked.texts.includes('NotReady') || checked.texts.includes('DOWN'), 'the diagrams\' state');
  assert.doesNotMatch(svg, /class="|data-|tabindex/, 'no page classes or data left in the file');

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('.picture-png')]);
  assert.equal(pngDownload.suggestedFilename(), `${stem}.png`);
  const png = await readFile(await pngDownload.path());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  assert.equal(png.readUInt32BE(16), 2 * checked.width, 'twice the width');
  assert.equal(png.readUInt32BE(20), 2 * checked.height, 'twice the height');
  assert.ok(png.length > 30000, `${png.length} bytes: not empty`);
  await page.waitForFunction(() => /Saved .*\.png/.test(document.querySelector('.share-status').textContent));

  // The copy buttons: copied, or (where the browser refuses the clipboard) selected for Ctrl+C.
  await page.click('.copy-snippet');
  await page.waitForFunction(() => /Snippet (copied|selected)/.test(document.querySelector('.share-status').textContent));
  await page.click('.share-dialog .close');
  await page.waitForSelector('.share-dialog', { state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

// Issue 30: the link and the snippet keep the reader's language; the snippet's title says what the
// embed plays (a document with faults, a quiet preset's signature failure, a document with a
// story); the snippet as wide as the page's column, or as tall as the embed asks.
test('in German: the link, the snippet and its title; the title is the embed\'s caption', async () => {
  const { context, page, problems } = await watchedContext();
  const cases = [['quantum-trader', null], ['feastflow', null], ['feastflow', 'scenarios/8-onboarding-story.yaml']];
  for (const [preset, file] of cases) {
    await page.goto(`${server.url}?preset=${preset}&lang=de`);
    await page.waitForSelector('svg.diagram[data-platform] g.pod');
    if (file) {
      await page.setInputFiles('input.open-file', { name: 'story.yaml', mimeType: 'application/yaml', buffer: await readFile(file) });
      await page.waitForFunction(() => document.querySelector('select.preset').selectedIndex >= 0 && document.querySelector('select.preset').selectedOptions[0].textContent === 'Ihr Szenario');
    }
    await page.waitForFunction(() => location.hash.startsWith('#2.'));
    const { link, snippet } = await openShare(page);
    assert.match(link, /\?lang=de#2\./);
    assert.match(snippet, /&amp;lang=de#2\./);
    const title = snippet.match(/title="([^"]*)"/)[1].replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    const w = await wiki(context, snippet);
    await w.frame.waitForFunction(() => document.documentElement.lang === 'de');
    const caption = await w.frame.textContent('.caption');
    assert.equal(title, `Hafen: ${caption}`, `${file ?? preset}: the title says what the embed plays`);
    assert.doesNotMatch(title, /keine Störungen|no faults/);
    assert.match(await w.frame.getAttribute('a.open-full', 'href'), /\?lang=de#2\./, 'Open in Hafen keeps the language');
    await w.page.close();
    w.close();
    await page.keyboard.press('Escape');
    await page.waitForSelector('.share-dialog', { state: 'detached' });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the snippet: as wide as the column (800:480, never under 360 px), as tall as the embed asks where its script runs, 800×480 where styles are dropped', async () => {
  const { context, page, problems } = await watchedContext();
  await page.goto(`${server.url}?preset=aima`);
  await page.waitForSelector('svg.diagram[data-platform] g.pod');
  await page.waitForFunction(() => location.hash.startsWith('#2.'));
  const { snippet } = await openShare(page);
  assert.match(snippet, /^<iframe id="hafen-embed" src="[^"]+" width="800" height="480" style="border:0;width:100%;height:auto;min-height:360px;aspect-ratio:800\/480" loading="lazy" title="Hafen: [^"]+"><\/iframe>\n<script>[^<]+hafen:height[^<]+<\/script>$/);
  const [frameOnly] = snippet.split('\n');
  for (const width of [480, 640, 1000]) {
    // Without the script (a wiki that drops it): the column's width in the proportions.
    const w = await wiki(context, `<div style="width:${width}px">${frameOnly}</div>`);
    const box = await w.page.evaluate(() => { const r = document.querySelector('iframe').getBoundingClientRect(); return [r.width, r.height]; });
    assert.deepEqual(box.map(Math.round), [width, Math.round(Math.max(360, width * 480 / 800))]);
    const fit = await w.frame.evaluate(() => [...document.querySelectorAll('.embed .platform .counters, .timeline')].every((e) => e.getBoundingClientRect().bottom <= innerHeight));
    assert.ok(fit, `${width} px: counters and timeline in the frame`);
    await w.page.screenshot({ path: `${SHOTS}/share-responsive-${width}.png` });
    await w.page.close();
    w.close();
  }
  // With the script: as tall as the content.
  const w = await wiki(context, `<div style="width:700px">${snippet}</div>`);
  await w.page.waitForFunction(() => document.querySelector('iframe').style.height.endsWith('px'), null, { timeout: 5000 });
  await w.page.waitForTimeout(500);
  const asked = await w.page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  const content = await w.frame.evaluate(() => Math.ceil(document.querySelector('.embed').getBoundingClientRect().height));
  assert.ok(Math.abs(asked - content) <= 1, `the frame is as tall as its content: ${asked} px, content ${content} px`);
  await w.page.close();
  w.close();
  // Styles dropped: the attributes' 800×480.
  const bare = await wiki(context, frameOnly.replace(/ style="[^"]*"/, ''));
  assert.deepEqual(await bare.page.evaluate(() => { const f = document.querySelector('iframe'); return [f.clientWidth, f.clientHeight]; }), [800, 480]);
  await bare.page.close();
  bare.close();
  assert.deepEqual(problems, []);
  await context.close();
});
