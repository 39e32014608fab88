// Keep and share (issue 11): an edit survives a reload and a new visit; the address carries the
// whole document to a colleague's fresh browser, who sees the same diagrams and counters; a broken
// saved state or a garbled link gets a message and a working app; a link pasted into an open tab
// opens (undoably) or is refused without touching what the tab had; two tabs notice each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, SHOTS, dropFile } from './suite.mjs';
import { settled } from './browser.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

/** A fresh browser profile (its own storage), watched for page errors and other-origin requests. */
async function fresh(viewport = { width: 1400, height: 1000 }) {
  const context = await browser.newContext({ viewport });
  const problems = [];
  context.on('page', (p) => watch(p, problems));
  return { context, problems };
}

function watch(page, problems) {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`request to another origin: ${r.url()}`); });
}

async function ready(page) {
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
}

/** A page of `context` on `preset`, once its address holds the document: { page, hash } (with the #). */
async function onPreset(context, preset) {
  const page = await context.newPage();
  await page.goto(`${server.url}?preset=${preset}`);
  await ready(page);
  await page.waitForFunction(() => location.hash.startsWith('#2.'));
  return { page, hash: await page.evaluate(() => location.hash) };
}

/** A page of `context` on FeastFlow with two edits: the node running postgres killed, Swarm shown. */
async function editedFeastflow(context) {
  const page = await context.newPage();
  await page.goto(`${server.url}?preset=feastflow`);
  await ready(page);
  await page.click('.actions button.kill-node');
  await page.check('fieldset.platforms input[data-platform="swarm"]');
  return page;
}

/** What a colleague compares: every replica's service and state per platform, the counters, the clock. */
async function picture(page) {
  await settled(page);
  return page.evaluate(() => ({
    platforms: [...document.querySelectorAll('svg.diagram[data-platform]')].map((svg) => ({
      platform: svg.dataset.platform,
      pods: [...svg.querySelectorAll('g.pod')].map((p) => `${p.dataset.service}:${p.getAttribute('aria-label') ?? p.textContent}`),
    })),
    counters: [...document.querySelectorAll('.counters')].map((c) => c.textContent),
    clock: document.querySelector('.timeline output.clock')?.textContent,
    faults: document.querySelector('.toolbar')?.textContent.match(/Clear faults \((\d+)\)/)?.[1],
  }));
}

test('an edit survives a reload, and a new visit restores it with a way back to a preset', async () => {
  const { context, problems } = await fresh();
  const page = await editedFeastflow(context);
  await page.waitForFunction(() => location.hash.startsWith('#2.'));
  const link = await page.evaluate(() => location.hash);
  assert.ok(link.length < 2000, `link of ${link.length} characters`);

  await page.reload();
  await ready(page);
  assert.equal((await picture(page)).faults, '1', 'the kill is still there after a reload');
  assert.equal(await page.locator('svg.diagram[data-platform]').count(), 3, 'Swarm is still shown');

  // A new visit, without the link: the saved scenario, said so, with a way out.
  const again = await context.newPage();
  await again.goto(server.url);
  await ready(again);
  assert.equal((await picture(again)).faults, '1');
  assert.match(await again.locator('.notice').textContent(), /Restored your last scenario/);
  await again.screenshot({ path: `${SHOTS}/keep-restored.png` });
  await again.click('.notice-fresh');
  assert.equal((await picture(again)).faults, '0', 'a preset again');
  assert.equal(await again.locator('.notice').count(), 0);
  // The restored scenario is one undo away.
  await again.click('button.undo');
  assert.equal((await picture(again)).faults, '1');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a saved state that cannot be read: a message, a working app, the state kept aside', async () => {
  const { context, problems } = await fresh();
  await context.addInitScript(() => {
    if (location.protocol === 'http:' && !sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('hafen.document', '1.eJzLSM3JyVcozy_KSQEAGgQEXQ-truncated');
    }
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  const notice = await page.locator('.notice.problem').textContent();
  assert.match(notice, /saved in this browser could not be read/);
  assert.match(notice, /kept aside/);
  assert.equal(await page.evaluate(() => localStorage.getItem('hafen.broken')), '1.eJzLSM3JyVcozy_KSQEAGgQEXQ-truncated');
  // The app works, and its first edit saves without touching what was kept aside.
  await page.click('.actions button.kill-node');
  await page.waitForFunction(() => localStorage.getItem('hafen.document')?.startsWith('2.') && localStorage.getItem('hafen.document') !== '1.eJzLSM3JyVcozy_KSQEAGgQEXQ-truncated');
  assert.equal(await page.evaluate(() => localStorage.getItem('hafen.broken')), '1.eJzLSM3JyVcozy_KSQEAGgQEXQ-truncated');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the address is the document: a colleague opening it sees the same diagrams and counters at the same time', async () => {
  const mine = await fresh();
  const page = await mine.context.newPage();
  await page.goto(`${server.url}?preset=feastflow`);
  await ready(page);
  await page.click('.actions button.kill-node');
  await page.locator('input[type=range]').fill('420');
  await page.click('.actions button:has-text("Crash backend")');
  await page.check('fieldset.platforms input[data-platform="swarm"]');
  await page.locator('input[type=range]').fill('900');
  await page.waitForTimeout(300);
  const address = page.url();
  const seen = await picture(page);

  const theirs = await fresh();
  const other = await theirs.context.newPage();
  await other.goto(address);
  await ready(other);
  await other.locator('input[type=range]').fill('900');
  await other.waitForTimeout(300);
  assert.deepEqual(await picture(other), seen);
  assert.equal(await other.locator('.notice').count(), 0, 'a link opens without a notice');
  assert.deepEqual([...mine.problems, ...theirs.problems], []);
  await mine.context.close();
  await theirs.context.close();
});

test('garbled, truncated and hostile links: a message and a working app, never a page error', async () => {
  // A real link to cut up.
  const { context, problems } = await fresh();
  const { page, hash } = await onPreset(context, 'aima');
  const good = hash.slice(1);
  await page.close();
  const links = {
    'a newer version': `3.${good.slice(2)}`,
    'no version': good.slice(2),
    'not base64': '1.<script>alert(1)</script>',
    'cut in half': good.slice(0, good.length / 2),
    'last character lost': good.slice(0, -1),
    '100 KB of junk': `1.${'A'.repeat(100 * 1024)}`,
    'percent-encoded markup': '1.%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  };
  for (const [what, link] of Object.entries(links)) {
    const p = await context.newPage();
    await p.goto(`${server.url}#${link}`);
    await ready(p);
    const notice = await p.locator('.notice.problem').textContent();
    assert.match(notice, /This link could not be opened: /, what);
    assert.ok(!notice.includes('<'), `${what}: the link's text is not echoed as markup`);
    if (what === 'a newer version') await p.screenshot({ path: `${SHOTS}/keep-bad-link.png` });
    await p.close();
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link made by a newer Hafen opens, and says how many of its settings were left out', async () => {
  // A link saved by this version (no extension section), with a section a newer Hafen would add:
  // two settings this build does not know (issue 31: fields added later travel by key).
  const { readFileSync } = await import('node:fs');
  const zlib = await import('node:zlib');
  const saved = readFileSync(new URL('../crates/hafen-core/tests/golden/links/v2-feastflow-edited.txt', import.meta.url), 'utf8').trim();
  const bytes = zlib.inflateRawSync(Buffer.from(saved.slice(2), 'base64url'));
  const entry = (key, value) => [key.length, ...Buffer.from(key), value.length, ...value];
  const section = Buffer.from([2, ...entry('service.colour', [1, 0, 3, 0x72, 0x65, 0x64]), ...entry('platform.region', [4, 0x65, 0x75, 0x2d, 0x31])]);
  const newer = `2.${zlib.deflateRawSync(Buffer.concat([bytes, section])).toString('base64url')}`;
  const { context, problems } = await fresh();
  const page = await context.newPage();
  await page.goto(`${server.url}#${newer}`);
  await ready(page);
  const notice = await page.locator('.notice').textContent();
  assert.match(notice, /A newer Hafen made this link: 2 settings in it are not understood here and were left out\./);
  // The document it holds is what the same link without the section opens.
  const same = await context.newPage();
  await same.goto(`${server.url}#${saved}`);
  await ready(same);
  assert.deepEqual(await picture(page), await picture(same));
  assert.equal(await same.locator('.notice').count(), 0, 'a link of this version says nothing');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link pasted into an open tab opens undoably; a bad one leaves the tab as it was', async () => {
  const { context, problems } = await fresh();
  const { page, hash: aima } = await onPreset(context, 'aima');
  const aimaPicture = await picture(page);
  await page.selectOption('select.preset', 'feastflow');
  await page.click('.actions button.kill-node');
  await page.waitForFunction((a) => location.hash !== a, aima);
  const before = await picture(page);

  await page.evaluate(() => { location.hash = '#1.garbage'; });
  await page.waitForSelector('.notice.problem');
  assert.match(await page.locator('.notice').textContent(), /Your scenario is as it was/);
  assert.deepEqual(await picture(page), before);

  await page.evaluate((a) => { location.hash = a; }, aima);
  await page.waitForFunction(() => document.querySelectorAll('svg.diagram[data-platform="kubernetes"] g.pod').length > 0 && !document.querySelector('.notice'));
  assert.deepEqual(await picture(page), aimaPicture);
  await page.click('button.undo');
  assert.deepEqual((await picture(page)).faults, before.faults, 'Undo brings the tab\'s own scenario back');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs: when one saves over the other\'s scenario, the other says so and keeps its own', async () => {
  const { context, problems } = await fresh();
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(`${server.url}?preset=feastflow`);
  await b.goto(`${server.url}?preset=aima`);
  await ready(a);
  await ready(b);
  await a.click('.actions button.kill-node');
  await a.waitForFunction(() => !!localStorage.getItem('hafen.document'));
  const mine = await picture(a);
  await b.click('.actions button.kill-node');
  await a.waitForSelector('.notice.problem');
  assert.match(await a.locator('.notice').textContent(), /Another Hafen tab saved/);
  assert.deepEqual(await picture(a), mine, 'tab A keeps its scenario');
  // Tab A's next edit saves it again.
  // (The address and the save follow once the edit's runs are in: compared as they are then.)
  const before = await a.evaluate(() => location.hash);
  await a.click('.actions button:has-text("Crash backend")');
  await a.waitForFunction((before) => location.hash !== before && localStorage.getItem('hafen.document') === location.hash.slice(1), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('download the scenario as YAML, open it again (picker and drop), and a broken file is refused with its line', async () => {
  const { readFile } = await import('node:fs/promises');
  const { context, problems } = await fresh();
  const page = await editedFeastflow(context);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.download')]);
  assert.equal(download.suggestedFilename(), 'feastflow.yaml');
  const yaml = await readFile(await download.path(), 'utf8');
  assert.match(yaml, /^show: \[compose, swarm, kubernetes\]$/m);
  assert.match(yaml, /kill_node: \{ running: "postgres" \}/);
  const mine = await picture(page);
  const hash = await page.evaluate(() => location.hash);

  // Another browser opens the file with the picker: the same document (and so the same address).
  const theirs = await fresh();
  const other = await theirs.context.newPage();
  await other.goto(`${server.url}?preset=aima`);
  await ready(other);
  await other.setInputFiles('input.open-file', { name: 'feastflow.yaml', mimeType: 'application/yaml', buffer: Buffer.from(yaml) });
  await other.waitForFunction((h) => location.hash === h, hash);
  assert.deepEqual(await picture(other), mine);

  // A broken file: refused with its line and field; the document stays.
  const broken = yaml.replace(/replicas: 3/, 'replicas: lots');
  await other.setInputFiles('input.open-file', { name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from(broken) });
  await other.waitForSelector('.notice.problem');
  assert.match(await other.locator('.notice').textContent(), /This file could not be opened: broken\.yaml: line \d+: services\[0\]\.replicas: .*Your scenario is as it was/);
  assert.deepEqual(await picture(other), mine);
  await other.screenshot({ path: `${SHOTS}/keep-bad-file.png` });

  // Dropped on the page: opens as well (here the AIMA preset's file).
  const aima = await readFile('scenarios/aima.yaml', 'utf8');
  await dropFile(other, 'aima.yaml', aima);
  await other.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod[data-service="queue"]');
  assert.equal(await other.locator('.notice').count(), 0);
  assert.deepEqual([...problems, ...theirs.problems], []);
  await context.close();
  await theirs.context.close();
});
