// The phone user (issue 30) at 390×844 with a touch screen: a summary of every platform that stays
// in view and says what a tap did to each; the toolbar without sideways scrolling, its less used
// commands in a "⋯ More" menu; every touch target at least 44×44 px; replicas' names and states
// whole; the event log growing with the page; a legend under every diagram and the release on each
// replica during a rollout (also at 1440×900).
// Screenshots go to target/screenshots/phone-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite, SHOTS, dropFile } from './suite.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Opens `query` in a fresh context with `options` (a phone by default); returns { page, problems,
 * close } where problems collects what every end-to-end test fails on (see browser.mjs). */
async function open(query, options = PHONE) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`request to another origin: ${u}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('svg.diagram[data-platform] g.pod');
  return { page, problems, close: () => context.close() };
}

/** The summary's cells: platform, text, whether the line of nodes down flashes. */
function cells() {
  return [...document.querySelectorAll('.platform-summary .glance')].map((c) => {
    const nodes = c.querySelector('.nodes-down');
    return { platform: c.dataset.platform, text: c.textContent, nodes: nodes?.textContent ?? '', flashes: nodes ? getComputedStyle(nodes).animationName : 'none' };
  });
}

test('a tap on a node\'s power icon in one diagram: the summary stays in view and says what happened on every platform', async () => {
  const { page, problems, close } = await open('?preset=feastflow');
  await page.tap('.toolbar .more-button');
  await page.tap('fieldset.platforms input[data-platform="swarm"]');
  await page.keyboard.press('Escape');
  // Its diagram waits, hidden, until it is shown: its glance in the summary is there at once.
  await page.waitForSelector('.platform-summary .glance[data-platform="swarm"]');
  // One diagram at a time, chosen in the summary.
  const shown = () => page.evaluate(() => [...document.querySelectorAll('svg.diagram[data-platform]')].filter((d) => d.getBoundingClientRect().height > 0).map((d) => d.dataset.platform));
  assert.deepEqual(await shown(), ['compose']);
  assert.deepEqual((await page.evaluate(cells)).map((c) => c.platform), ['compose', 'swarm', 'kubernetes']);
  await page.tap('.platform-summary .glance[data-platform="kubernetes"]');
  assert.deepEqual(await shown(), ['kubernetes']);
  // The last node of the cluster: at the bottom of its diagram, far below the summary.
  const power = page.locator('svg.diagram[data-platform="kubernetes"] g.power').last();
  const node = await power.getAttribute('data-power');
  await power.tap();
  await page.waitForFunction((node) => document.querySelector('.platform-summary .glance[data-platform="kubernetes"]')?.textContent.includes(node), node);
  await page.screenshot({ path: `${SHOTS}/phone-summary-390.png` });
  const seen = await page.evaluate(() => {
    const s = document.querySelector('.platform-summary').getBoundingClientRect();
    const mid = document.elementFromPoint(s.left + s.width / 2, s.top + s.height / 2);
    return { top: s.top, bottom: s.bottom, height: innerHeight, onTop: !!mid?.closest('.platform-summary') };
  });
  assert.ok(seen.top >= 0 && seen.bottom <= seen.height && seen.onTop, `the summary is out of view after the tap: ${JSON.stringify(seen)}`);
  const after = await page.evaluate(cells);
  for (const c of after) {
    assert.ok(c.nodes.length > 0, `the ${c.platform} cell does not say what the tap did: "${c.text}"`);
    assert.equal(c.flashes, 'flash', `the ${c.platform} cell does not flash`);
    assert.match(c.text, /\d+\/\d+ running · \d+ failed/);
  }
  assert.match(after.find((c) => c.platform === 'kubernetes').nodes, new RegExp(`${node} `));
  assert.match(after.find((c) => c.platform === 'compose').nodes, /host Down/);
  // Tapping a cell shows that platform's diagram.
  await page.tap('.platform-summary .glance[data-platform="compose"]');
  assert.deepEqual(await shown(), ['compose']);
  assert.deepEqual(problems, []);
  await close();
});

test('the toolbar does not scroll sideways on a phone; every command is reachable, the less used in an accessible More menu', async () => {
  const { page, problems, close } = await open('?preset=feastflow');
  const sideways = await page.evaluate(() => {
    const bar = document.querySelector('.toolbar');
    return { page: document.documentElement.scrollWidth, bar: bar.scrollWidth - bar.clientWidth };
  });
  assert.ok(sideways.page <= 390 && sideways.bar <= 1, `sideways scroll: ${JSON.stringify(sideways)}`);
  /** The toolbar's commands that are not inside the window now. */
  const outside = () => page.evaluate(() => [...document.querySelectorAll('.toolbar select, .toolbar button, .toolbar input:not(.open-file)')]
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width === 0 || r.left < 0 || r.right > innerWidth || r.top < 0 || r.bottom > innerHeight; })
    .map((e) => e.className || e.dataset.platform));
  const more = page.locator('.toolbar .more-button');
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  assert.deepEqual((await outside()).sort(), ['compose', 'download', 'kubernetes', 'language', 'open', 'operator', 'share', 'stories', 'swarm', 'zones']);
  await more.tap();
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await outside(), []);
  await page.screenshot({ path: `${SHOTS}/phone-more-390.png` });
  // Esc closes it and gives the focus back to its button; the keyboard opens it and reaches its commands.
  await page.keyboard.press('Escape');
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'more-button');
  await page.keyboard.press('Enter');
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !!document.activeElement?.closest('#toolbar-more')), 'Tab goes into the menu');
  // A command chosen closes the menu.
  await page.tap('.toolbar .share');
  await page.waitForSelector('.share-dialog');
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  assert.deepEqual(problems, []);
  await close();
});

/** Every visible interactive element whose target is under 44×44 px: its box, or the area around
 * its centre that a tap reaches it through (its label, its padding). */
async function smallTargets() {
  const small = [];
  const seen = (el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && Number(s.opacity) > 0 && !el.closest('[aria-hidden=true]') && !el.closest('.sr-only') && !el.classList.contains('skip');
  };
  for (const el of document.querySelectorAll('button, a[href], input, select, [role=button], svg .power')) {
    if (!seen(el)) continue;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    // What scrolled into view is hit-tested only once drawn: the event log's content is skipped
    // while it is out of sight (`content-visibility: auto`) until the next frame.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const r = el.getBoundingClientRect();
    if (r.width >= 43.5 && r.height >= 43.5) continue;
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const misses = [[x - 21.5, y], [x + 21.5, y], [x, y - 21.5], [x, y + 21.5]].map(([px, py]) => {
      const hit = document.elementFromPoint(px, py);
      const ok = hit && (el.contains(hit) || [...(el.labels ?? [])].some((l) => l.contains(hit)));
      return ok ? '' : `${hit?.tagName.toLowerCase()}.${hit?.className?.baseVal ?? hit?.className} at ${Math.round(px)},${Math.round(py)}`;
    }).filter((m) => m);
    const name = (el.textContent || el.getAttribute('aria-label') || el.labels?.[0]?.textContent || '').trim().slice(0, 30);
    if (misses.length) small.push(`${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}: ${misses.join('; ')}`);
  }
  return small;
}

test('every touch target on a phone is at least 44×44 px', async () => {
  const { page, problems, close } = await open('?preset=feastflow');
  await page.tap('.toolbar .more-button');
  await page.tap('fieldset.platforms input[data-platform="swarm"]');
  await page.keyboard.press('Escape');
  await page.tap('.actions button.kill-node');
  await page.locator('input[type=range]').fill('420');
  await page.waitForTimeout(1300);
  const found = [];
  for (const platform of ['compose', 'swarm', 'kubernetes']) {
    await page.tap(`.platform-summary .glance[data-platform="${platform}"]`);
    found.push(...await page.evaluate(smallTargets));
  }
  await page.tap('.toolbar .more-button');
  found.push(...await page.evaluate(smallTargets));
  await page.screenshot({ path: `${SHOTS}/phone-targets-390.png` });
  const unique = [...new Set(found)];
  assert.deepEqual(unique, [], unique.slice(0, 20).join('\n'));
  assert.deepEqual(problems, []);
  await close();
});

test('on a phone the replica that died is named whole, with its state, and the event log grows with the page', async () => {
  const { page, problems, close } = await open('?preset=feastflow');
  await page.tap('.actions button.kill-node');
  await page.locator('input[type=range]').fill('420');
  await page.waitForTimeout(1300);
  for (const platform of ['compose', 'kubernetes']) {
    await page.tap(`.platform-summary .glance[data-platform="${platform}"]`);
    const cut = await page.evaluate((p) => [...document.querySelectorAll(`svg.diagram[data-platform="${p}"] text`)].map((t) => t.textContent).filter((t) => t.endsWith('…')), platform);
    assert.deepEqual(cut, [], `${platform}: shortened labels`);
    await page.screenshot({ path: `${SHOTS}/phone-${platform}-390.png` });
  }
  // Kubernetes: the database's pod on the dead node, said whole.
  const states = await page.evaluate(() => [...document.querySelectorAll('svg.diagram[data-platform="kubernetes"] g.pod')].map((g) => g.textContent));
  assert.ok(states.some((s) => /postgres-0/.test(s)), states.join(' | '));
  const log = await page.evaluate(() => {
    const ol = document.querySelector('section.platform.kubernetes .event-log ol');
    const shown = [...ol.children].filter((li) => li.getBoundingClientRect().height > 0).length;
    return { overflow: getComputedStyle(ol).overflowY, inside: ol.scrollHeight - ol.clientHeight, shown, all: ol.children.length };
  });
  assert.equal(log.overflow, 'visible');
  assert.ok(log.inside <= 1, `the log scrolls inside the page: ${JSON.stringify(log)}`);
  assert.ok(log.shown === 5 && log.all > 5, JSON.stringify(log));
  await page.tap('section.platform.kubernetes .event-log .show-all');
  const shown = await page.evaluate(() => [...document.querySelectorAll('section.platform.kubernetes .event-log ol li')].filter((li) => li.getBoundingClientRect().height > 0).length);
  assert.equal(shown, log.all);
  assert.deepEqual(problems, []);
  await close();
});

for (const [options, label] of [[PHONE, 390], [{ viewport: { width: 1440, height: 900 } }, 1440]]) {
  test(`at ${label} px every diagram has a legend of its states, and during a rollout each replica says its release`, async () => {
    const { page, problems, close } = await open('?preset=feastflow', options);
    await dropFile(page, '4-update-v2.yaml', await readFile('scenarios/4-update-v2.yaml', 'utf8'));
    await page.waitForFunction(() => document.querySelector('select.preset').value === '');
    const platforms = ['compose', 'kubernetes'];
    // The deploy is at 05:00; find a moment Kubernetes runs both releases.
    let both = false;
    for (let t = 300; t <= 420 && !both; t += 3) {
      await page.locator('input[type=range]').fill(String(t));
      both = await page.evaluate(() => {
        const v = new Set([...document.querySelectorAll('svg.diagram[data-platform="kubernetes"] g.pod[data-service="backend"] .pod-version')].map((e) => e.textContent));
        return v.has('v1') && v.has('v2');
      });
    }
    assert.ok(both, 'Kubernetes never shows backend pods of v1 and v2 side by side');
    for (const p of platforms) {
      if (label === 390) await page.tap(`.platform-summary .glance[data-platform="${p}"]`);
      const seen = await page.evaluate((p) => {
        const svg = document.querySelector(`svg.diagram[data-platform="${p}"]`);
        const legend = svg.closest('section.platform').querySelector('ul.legend');
        const pods = [...svg.querySelectorAll('g.pod')];
        return {
          states: [...new Set(pods.map((g) => g.querySelector('.pod-name').textContent.split(' ')[0]))],
          legend: legend ? [...legend.querySelectorAll('li')].map((li) => li.textContent) : [],
          untagged: pods.filter((g) => g.dataset.service === 'backend' && !/^v\d/.test(g.querySelector('.pod-version')?.textContent ?? '')).map((g) => g.dataset.replica),
        };
      }, p);
      assert.ok(seen.legend.length > 0, `${p}: no legend`);
      for (const glyph of seen.states) assert.ok(seen.legend.some((l) => l.startsWith(glyph)), `${p}: ${glyph} is not in the legend ${seen.legend.join(' ')}`);
      assert.deepEqual(seen.untagged, [], `${p}: backend replicas without their release`);
      await page.screenshot({ path: `${SHOTS}/phone-rollout-${p}-${label}.png` });
    }
    assert.deepEqual(problems, []);
    await close();
  });
}

test('the legend is in the page\'s language', async () => {
  const { page, problems, close } = await open('?preset=feastflow&lang=de');
  await page.waitForSelector('ul.legend li');
  assert.equal(await page.getAttribute('ul.legend', 'aria-label'), 'Was die Zeichen bedeuten');
  assert.deepEqual(problems, []);
  await close();
});

test('a wide window narrowed to a phone\'s width while paused shows the summary at once, and loses it when widened again', async () => {
  const { page, problems, close } = await open('?preset=feastflow', { viewport: { width: 1440, height: 900 } });
  assert.equal(await page.$('.platform-summary'), null, 'no summary at 1440 px');
  assert.equal(await page.getAttribute('button.play', 'aria-pressed'), 'false', 'paused: nothing draws the page again by itself');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForSelector('.platform-summary .glance', { timeout: 2000 });
  const seen = await page.evaluate(() => {
    const s = document.querySelector('.platform-summary').getBoundingClientRect();
    return { height: s.height, cells: [...document.querySelectorAll('.platform-summary .glance')].map((c) => c.dataset.platform) };
  });
  assert.ok(seen.height > 0, `the summary is drawn: ${JSON.stringify(seen)}`);
  assert.deepEqual(seen.cells, ['compose', 'kubernetes']);
  await page.screenshot({ path: `${SHOTS}/phone-narrowed-390.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForFunction(() => !document.querySelector('.platform-summary'), null, { timeout: 2000 });
  assert.deepEqual(problems, []);
  await close();
});
