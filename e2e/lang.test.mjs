// End-to-end: Hafen in German and Norwegian Bokmål. The FeastFlow node failure (the node running
// the database dies) in each language, with screenshots, and no English word left on screen but the
// technical terms the systems spell that way; the language from the address, from the browser and
// from the menu (remembered); links and snippets carry it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openWatched } from './browser.mjs';
import { suite, SHOTS } from './suite.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

/** The words of a catalog's messages (keys, comments and placeables left out), lower-case. */
function catalogWords(tag) {
  const text = readFileSync(`crates/hafen-core/i18n/${tag}.ftl`, 'utf8');
  const words = new Set();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    const value = line.startsWith(' ') ? line : line.slice(line.indexOf('=') + 1);
    const plain = value.replace(/\{[^{}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ');
    for (const w of plain.match(/\p{L}+/gu) ?? []) words.add(w.toLowerCase());
  }
  return words;
}

// Technical terms kept as the systems spell them in every language, the application's names, and
// words German or Norwegian use as they are.
const ALLOWED = new Set(`
  pod pods deployment deployments statefulset replicaset service services ingress configmap
  notready ready running starting terminating pending exited restarting unknown down up crashloopbackoff unhealthy healthy
  kubernetes docker compose swarm kubelet kubectl healthcheck etcd eviction toleration tolerationseconds
  restart no always unless stopped on failure failurethreshold periodseconds
  node monitor grace period nodes
  feastflow frontend backend postgres postgresql redis worker hafen host
  spof mib gib vcpu cpu rps eur usd ms s min h
  v
`.split(/\s+/).filter(Boolean));

/** Visible English: words on screen (text, and the labels of what is visible) that English
 * writes and `tag`'s catalog never does, outside the allow-list. */
async function englishLeft(page, tag) {
  const english = catalogWords('en');
  const own = catalogWords(tag);
  const seen = await page.evaluate(() => {
    // Files and shell lines are what the tools read (YAML keys, commands): not words of the page.
    const code = [...document.querySelectorAll('pre, code')];
    const hidden = code.map((el) => [el, el.style.visibility]);
    for (const el of code) el.style.visibility = 'hidden';
    const texts = [document.body.innerText];
    for (const [el, v] of hidden) el.style.visibility = v;
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '', el.getAttribute('placeholder') ?? '');
    }
    return texts.join('\n');
  });
  // Names of nodes, replicas and versions (node-2, backend-7f9c-1, v2) are identifiers, not words.
  const words = seen.replace(/\b[\p{L}\d]+(?:-[\p{L}\d]+)*-\d[\p{L}\d-]*/gu, ' ').match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => {
    const l = w.toLowerCase();
    return english.has(l) && !own.has(l) && !ALLOWED.has(l);
  }))];
}

/** Kills the node running postgres on every platform and moves the time cursor to `seconds`. */
async function databaseNodeDies(page, seconds) {
  const node = await page.evaluate(() => document.querySelector('svg[data-platform="kubernetes"] g.pod[data-service="postgres"]')?.getAttribute('data-drop-node'));
  assert.ok(node, 'postgres runs on a node');
  await page.click(`svg[data-platform="kubernetes"] g.power[data-power="${node}"]`);
  await page.locator('input[type=range]').fill(String(seconds));
  await page.waitForFunction((n) => document.querySelector(`svg[data-platform="kubernetes"] g.node[data-node="${n}"]`)?.getAttribute('data-state') === 'notready', node);
  return node;
}

for (const [tag, size, notReady, eviction] of [
  ['de', { width: 1440, height: 900 }, /NotReady: seit \d+\ss kein Status; der Node-Controller \(prüft alle 5\ss\) hat den letzten vor 55\ss gesehen, länger als node-monitor-grace-period 50\ss/, /Eviction von|bleibt aber Terminating/],
  ['nb', { width: 1280, height: 720 }, /NotReady: ingen status på \d+\ss; nodekontrolleren \(sjekker hvert 5\ss\) så den siste for 55\ss siden, mer enn node-monitor-grace-period 50\ss/, /kastet ut \(eviction\)|blir stående Terminating/],
]) {
  test(`the FeastFlow node failure in ${tag}: every cause, counter and consequence in the language, no English left`, async () => {
    const { page, problems } = await openWatched(browser, `${server.url}?lang=${tag}`, server.origin, size);
    await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
    assert.equal(await page.getAttribute('html', 'lang'), tag);
    assert.equal(await page.inputValue('select.language'), tag);
    await databaseNodeDies(page, 7 * 60);
    assert.equal(await page.textContent('output.clock'), '07:00');
    const log = await page.locator('section.kubernetes .event-log').innerText();
    assert.match(log, notReady);
    assert.match(log, eviction);
    // Numbers as the language writes them: a decimal comma in percentages.
    assert.match(await page.locator('section.compose dl.counters').innerText(), /\d,\d+\s%/);
    await page.screenshot({ path: `${SHOTS}/lang-${tag}-node-failure.png`, fullPage: true });
    assert.deepEqual(await englishLeft(page, tag), [], 'English words on the platforms');
    // Every other tab too.
    for (const tab of ['costs', 'availability', 'advisor', 'commands', 'manifests', 'timings']) {
      await page.click(`.tabs button[data-panel="${tab}"]`);
      await page.waitForTimeout(tab === 'costs' || tab === 'availability' ? 1500 : 300);
      assert.deepEqual(await englishLeft(page, tag), [], `English words on the ${tab} tab`);
    }
    await page.click('.tabs button[data-panel="costs"]');
    await page.waitForSelector('.cost-table');
    assert.match(await page.locator('.cost-table').innerText(), tag === 'de' ? /\d+–\d+\s€/ : /\d+–\d+\s€/);
    await page.screenshot({ path: `${SHOTS}/lang-${tag}-costs.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the browser language decides without ?lang=; the menu switches, is remembered and follows the address', async () => {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  assert.equal(await page.getAttribute('html', 'lang'), 'nb');
  assert.match(await page.locator('.tabs').innerText(), /Plattformer/);
  // The menu: German, remembered for the next visit.
  await page.selectOption('select.language', 'de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.match(await page.locator('.tabs').innerText(), /Plattformen/);
  assert.equal(await page.evaluate(() => localStorage.getItem('hafen.lang')), 'de');
  await page.reload();
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  // Share: the link and the snippet carry the language.
  await page.click('button.share');
  assert.match(await page.inputValue('.share-link'), /\?lang=de#2\./);
  assert.match(await page.inputValue('.share-snippet'), /lang=de#2\./);
  // Its title says what the embed plays (autoplay: the database's node loses power), in German.
  assert.match(await page.inputValue('.share-snippet'), /title="Hafen: FeastFlow: 01:00 – der Knoten mit postgres verliert den Strom"/);
  await page.keyboard.press('Escape');
  // An address's ?lang= wins over the stored choice, and the menu keeps the address in step.
  await page.goto(`${server.url}?lang=en`);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.selectOption('select.language', 'nb');
  await page.waitForFunction(() => document.documentElement.lang === 'nb');
  assert.match(page.url(), /\?lang=nb/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad file is refused in the page\'s language, naming its line and field', async () => {
  const { page, problems } = await openWatched(browser, `${server.url}?lang=de`, server.origin);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['platform: { kind: kubernetes }\nservices:\n  - { name: api, replicas: -3 }\n'], 'kaputt.yaml', { type: 'application/yaml' }));
    const target = document.querySelector('.sides');
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector('.notice.problem');
  assert.match(await page.locator('.notice').innerText(), /Diese Datei ließ sich nicht öffnen: kaputt\.yaml: Zeile 3: services\[0\]\.replicas: darf nicht negativ sein \(hier -3\)\. Ihr Szenario ist unverändert\./);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a catalog of another version (a key renamed) is refused, not read with its messages shifted: the page stays English and says so', async () => {
  // The page knows its messages by their place among the sorted keys, not by name: a catalog whose
  // keys differ (a stale copy from another release) must not put one message in another's place.
  const { page, problems } = await openWatched(browser, server.url, server.origin);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  const stale = readFileSync('crates/hafen-core/i18n/de.ftl', 'utf8').replace(/^cause-exit-crashed =/m, 'cause-exit-crashed-old =');
  await page.route('**/i18n/de.ftl', (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: stale }));
  await page.selectOption('select.language', 'de');
  await page.waitForSelector('.lang-trouble');
  assert.match(await page.locator('.lang-trouble').innerText(), /Deutsch could not be read \(i18n\/de\.ftl: its messages are not the ones this version of Hafen says\); the page stays as it was\./);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('.tabs').innerText(), /Platforms/);
  // The real catalog still reads.
  await page.unroute('**/i18n/de.ftl');
  await page.selectOption('select.language', 'nb');
  await page.waitForFunction(() => document.documentElement.lang === 'nb');
  assert.match(await page.locator('.tabs').innerText(), /Plattformer/);
  assert.deepEqual(problems, []);
  await page.close();
});
