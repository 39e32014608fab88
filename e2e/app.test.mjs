// End-to-end: the release build in dist/, served from a sub-path on 127.0.0.1, in Debian's Chromium.
// Every test fails on console errors, uncaught exceptions and requests to other origins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openWatched, settled } from './browser.mjs';
import { suite, SHOTS } from './suite.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

async function open(query = '') {
  const { page, problems } = await openWatched(browser, server.url + query, server.origin);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  return { page, problems };
}

async function drag(page, from, to) {
  // The page scrolls inside the app: bring the target into view, then the source if it left it.
  await page.locator(to).first().scrollIntoViewIfNeeded();
  await page.locator(from).first().scrollIntoViewIfNeeded();
  const a = await page.locator(from).first().boundingBox();
  const b = await page.locator(to).first().boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(a.x + (b.x + b.width / 2 - a.x) * i / 8, a.y + (b.y + b.height / 2 - a.y) * i / 8);
  }
  await page.mouse.up();
}

const k8s = (sel) => `svg[data-platform="kubernetes"] ${sel}`;
const compose = (sel) => `svg[data-platform="compose"] ${sel}`;

test('FeastFlow on Compose (one host) and Kubernetes (3 nodes), loaded from a sub-path', async () => {
  const { page, problems } = await open();
  assert.equal(await page.locator('svg.diagram[data-platform]').count(), 2);
  assert.equal(await page.locator(compose('g.node')).count(), 1);
  assert.equal(await page.locator(compose('g.pod')).count(), 3);
  assert.equal(await page.locator(k8s('g.node')).count(), 3);
  assert.equal(await page.locator(k8s('g.pod[data-service="frontend"]')).count(), 3);
  assert.equal(await page.locator(k8s('g.pod[data-service="backend"]')).count(), 2);
  assert.equal(await page.locator(k8s('g.pod[data-service="postgres"]')).count(), 1);
  assert.equal(await page.locator('g.pod[data-state="running"]').count(), 9);
  assert.equal(await page.locator('#hafen-error').count(), 0);
  assert.doesNotMatch(await page.content(), /(src|href)="\/(?!\/)/, 'no root-absolute asset URLs');
  await page.screenshot({ path: `${SHOTS}/start.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('drag a service from the palette onto a diagram: it appears on every platform; undo removes it', async () => {
  const { page, problems } = await open();
  await page.click('.palette summary');
  await drag(page, 'button.palette-item[data-item="redis"]', 'svg.diagram[data-platform="kubernetes"]');
  await page.waitForSelector(k8s('g.pod[data-service="redis"]'));
  assert.equal(await page.locator(compose('g.pod[data-service="redis"]')).count(), 1);
  assert.equal(await page.locator('svg.app-graph g.svc[data-service="redis"]').count(), 1);
  // Dragging a replica onto node-3 pins its service there.
  await drag(page, k8s('g.pod[data-service="redis"]'), k8s('g.node[data-node="node-3"] rect.node-box'));
  // The replica is drawn on node-3, where it was dropped.
  await page.waitForSelector(k8s('g.pod[data-service="redis"][data-drop-node="node-3"]'));
  assert.equal(await page.locator(k8s('g.pod[data-service="redis"]')).count(), 1);
  await page.click('svg.app-graph g.svc[data-service="redis"]');
  assert.equal(await page.locator('#inspector select[data-field="pin"]').inputValue(), 'node-3');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => !document.querySelector('g.pod[data-service="redis"]'));
  await page.keyboard.press('Control+Shift+z');
  await page.waitForSelector(k8s('g.pod[data-service="redis"]'));
  // A finished drag leaves no listener behind: a later cancelled pointer must not reach a freed one.
  await page.evaluate(() => window.dispatchEvent(new PointerEvent('pointercancel')));
  await page.waitForTimeout(50);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a drag says where it will land, lights the target up, lands there and selects no text', async () => {
  const { page, problems } = await open();
  await page.click('.palette summary');
  const target = k8s('g.node[data-node="node-2"] rect.node-box');
  await page.locator(target).scrollIntoViewIfNeeded();
  const a = await page.locator('button.palette-item[data-item="redis"]').boundingBox();
  const b = await page.locator(target).boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(a.x + (b.x + b.width / 2 - a.x) * i / 10, a.y + (b.y + 20 - a.y) * i / 10);
  assert.equal(await page.locator('.drag-ghost').textContent(), 'add Redis on node-2');
  assert.equal(await page.locator(k8s('g.node[data-node="node-2"]')).getAttribute('data-drop-here'), '');
  assert.equal(await page.locator('[data-drop-here]').count(), 1, 'only the target is lit');
  await page.screenshot({ path: `${SHOTS}/drag-target.png` });
  await page.mouse.up();
  await page.waitForSelector(k8s('g.pod[data-service="redis"][data-drop-node="node-2"]'));
  assert.equal(await page.locator('[data-drop-here]').count(), 0);
  assert.equal(await page.evaluate(() => window.getSelection().toString()), '', 'no text selected by the drag');
  await page.click('svg.app-graph g.svc[data-service="redis"]');
  assert.equal(await page.locator('#inspector select[data-field="pin"]').inputValue(), 'node-2', 'pinned where it was dropped');
  // Away from any node the label says where to drop instead.
  await page.keyboard.press('Escape');
  const p = await page.locator(k8s('g.pod[data-service="redis"]')).boundingBox();
  await page.mouse.move(p.x + p.width / 2, p.y + p.height / 2);
  await page.mouse.down();
  await page.mouse.move(p.x + 40, p.y - 300, { steps: 5 });
  assert.match(await page.locator('.drag-ghost').textContent(), /^pin redis to …: drop on a node/);
  await page.mouse.up();
  assert.equal(await page.evaluate(() => window.getSelection().toString()), '');
  assert.deepEqual(problems, []);
  await page.close();
});

test('drag a worker node into the cluster and a node out of it; zones spread the nodes', async () => {
  const { page, problems } = await open();
  await page.click('.palette summary');
  await drag(page, 'button.palette-item[data-item="node"]', 'svg.diagram[data-platform="kubernetes"]');
  await page.waitForSelector(k8s('g.node[data-node="node-4"]'));
  assert.equal(await page.locator(compose('g.node')).count(), 1, 'Compose keeps its one host');
  await drag(page, k8s('g.node[data-node="node-2"] .node-head'), '.palette summary');
  await page.waitForFunction(() => document.querySelectorAll('svg[data-platform="kubernetes"] g.node').length === 3);
  await page.selectOption('select.zones', '3');
  await settled(page);
  assert.match(await page.locator(k8s('g.node[data-node="node-1"] .node-name')).textContent(), /zone-a/);
  assert.equal(await page.locator('.actions button.zone').count(), 3);
  assert.deepEqual(problems, []);
  await page.close();
});

test('kill a backend node and play: Kubernetes marks it NotReady, evicts and reschedules; counters and diagrams agree at the end', async () => {
  const { page, problems } = await open();
  // Each service spreads over the nodes in its own order: find the node with a backend pod and no
  // database (the database's node would take the backend down through it).
  const node = await page.evaluate(() => ['node-1', 'node-2', 'node-3'].find((n) => {
    const on = (svc) => document.querySelector(`svg[data-platform="kubernetes"] g.pod[data-drop-node="${n}"][data-service="${svc}"]`);
    return on('backend') && !on('postgres');
  }));
  assert.ok(node, 'a node runs a backend pod without the database');
  const pods = await page.locator(k8s(`g.pod[data-drop-node="${node}"]`)).count();
  await page.click(k8s(`g.power[data-power="${node}"]`));
  assert.equal(await page.locator(k8s(`g.node[data-node="${node}"]`)).getAttribute('data-state'), 'unreachable');
  assert.equal(await page.locator(compose('g.node')).getAttribute('data-state'), 'unreachable', 'Compose loses its one host');
  // Play at 60×: time advances by itself.
  await page.selectOption('select.speed', '60');
  await page.click('button.play');
  await page.waitForFunction(() => document.querySelector('output.clock')?.textContent >= '01:10');
  await page.click('button.play');
  assert.equal(await page.locator(k8s(`g.node[data-node="${node}"]`)).getAttribute('data-state'), 'notready');
  assert.match(await page.locator('section.kubernetes .event-log').innerText(), new RegExp(`${node} NotReady: no status for 5\\d\\ss; the node controller \\(checking every 5\\ss\\) last saw one 55\\ss ago, more than node-monitor-grace-period 50\\ss`));
  // Jump to the end.
  const max = await page.locator('input[type=range]').getAttribute('max');
  await page.locator('input[type=range]').fill(max);
  assert.equal(await page.locator(k8s('g.pod[data-state="running"]')).count(), 6, 'replacements running elsewhere');
  assert.equal(await page.locator(k8s('g.pod[data-state="terminating"]')).count(), pods, 'the dead node\'s pods stay Terminating');
  assert.equal(await page.locator('section.compose dl.counters').getAttribute('data-downtime-ms'), String((15 * 60 + 8) * 1000));
  assert.equal(await page.locator('section.compose dl.counters').getAttribute('data-failed'), String(50 * (15 * 60 + 8)));
  assert.equal(await page.locator('section.kubernetes dl.counters').getAttribute('data-downtime-ms'), '0');
  // The Kubernetes backend lost requests to its dead pod until NotReady: never "unaffected".
  const backend = page.locator('section.kubernetes li.consequence[data-service="backend"]');
  assert.notEqual(await backend.getAttribute('data-failed'), '0');
  assert.match(await backend.textContent(), /no downtime, but [\d,]+ of [\d,]+ requests failed/);
  assert.match(await page.locator('section.compose dl.counters .so-far dd').textContent(), /^up [\d.]+\s% of the first \d+\sh/);
  await page.screenshot({ path: `${SHOTS}/k8s-node-killed.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the keyboard alone: Tab to a replica, crash it with C, step with N; invalid inspector values are refused', async () => {
  const { page, problems } = await open();
  await page.locator(k8s('g.pod[data-service="backend"]')).first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('c');
  // The page draws the fault on its next render: wait for it rather than read the button at once.
  await page.waitForFunction(() => /\(1\)/.test(document.querySelector('button.reset')?.textContent ?? ''), null, { timeout: 5000 }).catch(() => {});
  assert.match(await page.locator('button.reset').textContent(), /Clear faults \(1\)/);
  // (The next moment is the new runs': N waits for them, as the page does.)
  await settled(page);
  await page.keyboard.press('n');
  // The page draws the step on its next render: wait for it rather than read the clock at once.
  await page.waitForFunction(() => document.querySelector('output.clock')?.textContent !== '00:10', null, { timeout: 5000 }).catch(() => {});
  assert.notEqual(await page.locator('output.clock').textContent(), '00:10');
  await page.click('svg.app-graph g.svc[data-service="backend"]');
  await page.fill('#inspector input[data-field="start-up"]', 'soon');
  await page.press('#inspector input[data-field="start-up"]', 'Enter');
  await page.locator('#inspector input[data-field="start-up"]').blur();
  assert.match(await page.locator('#inspector .refusal').textContent(), /not a duration/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('keys: Enter opens the inspector without a fault, Delete offers Undo, Home/End, next stops at the last event, Play is one Tab away', async () => {
  const { page, problems } = await open();
  // Tab: the first stop is the skip link, Enter lands on Play.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'play');
  // Enter on a replica: the inspector opens at its first field, and nothing is injected.
  await page.locator(k8s('g.pod[data-service="backend"]')).first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  assert.equal(await page.locator('button.reset').textContent(), 'Clear faults (0)', 'Enter injects no fault');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('#inspector') !== null && ['INPUT', 'SELECT'].includes(document.activeElement.tagName)), true, 'the first field');
  // Delete removes the selected service with an offer to undo.
  await page.keyboard.press('Escape');
  await page.click('svg.app-graph g.svc[data-service="backend"]');
  await page.locator('svg.app-graph g.svc[data-service="backend"]').focus();
  await page.keyboard.press('Delete');
  await page.waitForSelector('.toast');
  assert.match(await page.locator('.toast').textContent(), /backend removed/);
  assert.equal(await page.locator('svg.app-graph g.svc[data-service="backend"]').count(), 0);
  await page.click('.toast .toast-undo');
  await page.waitForSelector('svg.app-graph g.svc[data-service="backend"]');
  assert.equal(await page.locator('.toast').count(), 0);
  // End and Home; next is disabled after the last event, prev before the first.
  await page.click('.actions button.crash');
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelector('output.clock')?.textContent === '1:00:00');
  assert.equal(await page.locator('.timeline button.next').isDisabled(), true);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelector('output.clock')?.textContent === '00:00');
  assert.equal(await page.locator('.timeline button.prev').isDisabled(), true);
  assert.equal(await page.locator('.timeline button.next').isDisabled(), false);
  // The last two platforms cannot be unchecked, and the toolbar says why.
  assert.equal(await page.locator('fieldset.platforms input[data-platform="compose"]').isDisabled(), true);
  assert.match(await page.locator('fieldset.platforms .at-least').textContent(), /two at least/);
  await page.check('fieldset.platforms input[data-platform="swarm"]');
  assert.equal(await page.locator('fieldset.platforms input[data-platform="compose"]').isDisabled(), false);
  assert.deepEqual(problems, []);
  await page.close();
});

test('crash the backend: Compose without a restart policy waits for the operator; the restart policy and the preset change it', async () => {
  const { page, problems } = await open();
  await page.click('.actions button.crash');
  const backend = page.locator('section.compose li.consequence[data-service="backend"]');
  // What is on screen (a glossary term's explanation shows only on hover or focus).
  const text = await backend.innerText();
  assert.match(text, /^backend: down 15\smin 5\ss \(00:10 → 15:15\): down until an operator acts \(operator reaction 15\smin\)/);
  assert.match(text, /with `restart: unless-stopped` Docker would have restarted it after 100\sms and it would answer 5\ss later/);
  assert.match(text, /[\d,]+ of [\d,]+ requests failed/);
  assert.match(await page.locator('section.compose p.sub').textContent(), /restart policy: no — Docker's default/);
  await page.selectOption('select.operator', 'office-hours');
  assert.match(await backend.innerText(), /down 4\sh 5\ss .*operator reaction 4\sh/);
  await page.click('svg.app-graph g.svc[data-service="backend"]');
  await page.selectOption('#inspector select[data-field="restart"]', 'unless-stopped');
  assert.match(await backend.innerText(), /down 5\.1\ss \(00:10 → 00:15\)/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('three platforms side by side, and every preset opens from the menu and the address', async () => {
  const { page, problems } = await open();
  await page.check('input[data-platform="swarm"]');
  await settled(page);
  assert.equal(await page.locator('svg.diagram[data-platform]').count(), 3);
  for (const id of ['feastflow', 'quantum-trader', 'aima', 'large']) {
    await page.selectOption('select.preset', id);
    await settled(page);
    await page.waitForSelector(k8s('g.pod'));
    await page.screenshot({ path: `${SHOTS}/preset-${id}.png`, fullPage: true });
  }
  assert.equal(await page.locator(k8s('g.node')).count(), 50);
  assert.equal(await page.locator(k8s('g.pod')).count(), 500);
  assert.deepEqual(problems, []);
  await page.close();
  const second = await open('?preset=aima&autoplay=1');
  await second.page.waitForFunction(() => document.querySelector('output.clock')?.textContent !== '00:00');
  assert.match(await second.page.locator('button.play').textContent(), /Pause/);
  assert.equal(await second.page.locator('svg.app-graph g.svc[data-service="gpu-orchestrator"]').count(), 1);
  assert.deepEqual(second.problems, []);
  await second.page.close();
});

test('costs: change the provider and the ops rate, and the totals and break-even move', async () => {
  const { page, problems } = await open();
  await page.click('.tabs button[data-panel="costs"]');
  const breakEven = page.locator('.break-even');
  await page.fill('.cost-panel input.downtime-rate', '5000');
  await page.locator('.cost-panel input.downtime-rate').blur();
  assert.equal(await breakEven.getAttribute('data-month'), '3');
  await page.fill('.cost-panel input.ops-rate', '100');
  await page.locator('.cost-panel input.ops-rate').blur();
  assert.equal(await breakEven.getAttribute('data-month'), '8');
  await page.selectOption('.cost-panel select.prices', 'aws-eks');
  assert.match(await page.locator('.cost-table').textContent(), /\$163/);
  assert.match(await breakEven.textContent(), /enter a USD per EUR rate/);
  await page.fill('.cost-panel input.usd-rate', '1.1');
  await page.locator('.cost-panel input.usd-rate').blur();
  assert.match(await breakEven.getAttribute('data-month'), /^\d+$/);
  await page.locator('div.economics:not([hidden])').screenshot({ path: `${SHOTS}/costs.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test('Monte Carlo: 1,000 simulated years per platform with progress, a distribution and cancel', async () => {
  const { page, problems } = await open();
  await page.click('.tabs button[data-panel="availability"]');
  await page.click('button.mc-run');
  await page.waitForSelector('button.mc-cancel');
  await page.click('button.mc-cancel');
  await page.waitForFunction(() => /cancelled after \d+ years/.test(document.querySelector('.mc-status')?.textContent ?? ''));
  await page.click('button.mc-run');
  // The run goes on while another tab is in front.
  await page.click('.tabs button[data-panel="costs"]');
  await page.click('.tabs button[data-panel="availability"]');
  await page.waitForFunction(() => document.querySelector('.mc-status')?.textContent === '1,000 years done', null, { timeout: 30000 });
  assert.equal(await page.locator('.mc-table tbody tr').count(), 3);
  const median = async (k) => Number((await page.locator(`.mc-table tr[data-platform="${k}"] td`).first().textContent()).replace(/[^0-9.]/g, ''));
  assert.ok(await median('kubernetes') < await median('compose'), 'Kubernetes loses less time a year than Compose with restart: no');
  assert.equal(await page.locator('svg.chart.distribution rect.bar').count() > 0, true);
  await page.locator('div.economics:not([hidden])').screenshot({ path: `${SHOTS}/availability.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test('a platform shown during the session is laid out again when a column goes and when the window narrows', async () => {
  const { page, problems } = await open();
  await page.check('fieldset.platforms input[data-platform="swarm"]');
  await settled(page);
  // Each diagram's drawing is as wide as the column it is shown in.
  const laidOut = () => page.evaluate(() => [...document.querySelectorAll('svg.diagram[data-platform]')].map((s) => [s.dataset.platform, Math.round(s.viewBox.baseVal.width), s.parentElement.clientWidth]));
  const matches = async () => page.waitForFunction(() => [...document.querySelectorAll('svg.diagram[data-platform]')].every((s) => Math.abs(s.viewBox.baseVal.width - s.parentElement.clientWidth) <= 1), null, { timeout: 5000 }).then(() => true, () => false);
  assert.ok(await matches(), JSON.stringify(await laidOut()));
  await page.uncheck('fieldset.platforms input[data-platform="compose"]');
  await settled(page);
  assert.ok(await matches(), `two columns: ${JSON.stringify(await laidOut())}`);
  await page.setViewportSize({ width: 1100, height: 900 });
  assert.ok(await matches(), `narrower: ${JSON.stringify(await laidOut())}`);
  assert.deepEqual(problems, []);
  await page.close();
});
