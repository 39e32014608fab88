// End-to-end: the release build in dist/, served from a sub-path on 127.0.0.1, in Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { serveDist } from './serve.mjs';
import { launch, openWatched } from './browser.mjs';

const SHOTS = 'target/screenshots';
let server, browser;

before(async () => {
  server = await serveDist('dist');
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function open() {
  const { page, problems } = await openWatched(browser, server.url, server.origin);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  return { page, problems };
}

test('the page shows FeastFlow on Compose (one host) and on Kubernetes (3 nodes)', async () => {
  const { page, problems } = await open();
  assert.equal(await page.locator('svg.diagram').count(), 2);
  const compose = page.locator('svg[data-platform="compose"]');
  const k8s = page.locator('svg[data-platform="kubernetes"]');
  assert.equal(await compose.locator('g.node').count(), 1);
  assert.equal(await compose.locator('g.pod').count(), 3, 'one container per service');
  assert.equal(await k8s.locator('g.node').count(), 3);
  assert.equal(await k8s.locator('g.pod[data-service="frontend"]').count(), 3);
  assert.equal(await k8s.locator('g.pod[data-service="backend"]').count(), 2);
  assert.equal(await k8s.locator('g.pod[data-service="postgres"]').count(), 1);
  assert.equal(await page.locator('g.pod[data-state="running"]').count(), 9);
  await page.screenshot({ path: `${SHOTS}/start.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('kill node-1 on Kubernetes: the node goes down, then NotReady, and the backend has no downtime', async () => {
  const { page, problems } = await open();
  await page.click('section.kubernetes button.kill[data-node="node-1"]');
  const node1 = page.locator('svg[data-platform="kubernetes"] g.node[data-node="node-1"]');
  assert.equal(await node1.getAttribute('data-state'), 'unreachable');
  assert.equal(await node1.locator('g.pod[data-state="unknown"]').count(), 2);
  const backend = page.locator('section.kubernetes li.consequence[data-service="backend"]');
  assert.match(await backend.textContent(), /no downtime, but a dead replica stayed in the load balancer/);
  assert.equal(await backend.getAttribute('data-downtime-ms'), '0');
  // Jump forward event by event until the node is NotReady.
  for (let i = 0; i < 10 && (await node1.getAttribute('data-state')) !== 'notready'; i++) await page.click('button.next');
  assert.equal(await node1.getAttribute('data-state'), 'notready');
  assert.match(await page.locator('section.kubernetes .event-log').textContent(), /node-1 NotReady: no status for \d+ s \(node-monitor-grace-period 50 s/);
  await page.screenshot({ path: `${SHOTS}/k8s-node-killed.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('crash the backend on Compose: down until an operator acts, with the preset shown; the preset changes it', async () => {
  const { page, problems } = await open();
  await page.click('section.compose button.crash');
  const backend = page.locator('section.compose li.consequence[data-service="backend"]');
  assert.equal(await backend.textContent(), 'backend: down 15 min 5 s (00:10 → 15:15): down until an operator acts (operator reaction 15 min)');
  await page.selectOption('.settings select', 'office-hours');
  assert.match(await backend.textContent(), /down 4 h 5 s .*operator reaction 4 h/);
  await page.selectOption('section.compose select', 'unless-stopped');
  assert.match(await backend.textContent(), /down 5\.1 s \(00:10 → 00:15\)/);
  await page.screenshot({ path: `${SHOTS}/compose-crash.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('kill the Compose host: every service is down until the operator brings it back', async () => {
  const { page, problems } = await open();
  await page.click('section.compose button.kill');
  const host = page.locator('svg[data-platform="compose"] g.node');
  assert.equal(await host.getAttribute('data-state'), 'unreachable');
  for (const svc of ['frontend', 'backend', 'postgres']) {
    const li = page.locator(`section.compose li.consequence[data-service="${svc}"]`);
    assert.equal(await li.getAttribute('class'), 'consequence down');
  }
  // 50 requests/s for 15 min 8 s (operator 15 min, then PostgreSQL's 8 s start-up) all fail.
  assert.equal(await page.locator('section.compose p.traffic').getAttribute('data-failed'), String(50 * (15 * 60 + 8)));
  assert.match(await page.locator('section.compose p.traffic').textContent(), /45,400 of 1[0-9,]+ requests failed/);
  await page.screenshot({ path: `${SHOTS}/compose-host-killed.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('a healthy page shows no error banner, and the build loads from a sub-path with relative URLs', async () => {
  const { page, problems } = await open();
  assert.equal(await page.locator('#hafen-error').count(), 0);
  const html = await page.content();
  assert.doesNotMatch(html, /(src|href)="\/(?!\/)/, 'no root-absolute asset URLs');
  assert.ok(server.url.endsWith('/hafen/sub/path/'));
  assert.deepEqual(problems, []);
  await page.close();
});
