// Your own application (issue 12): a docker-compose.yml dropped on the page or picked with Open…
// is imported — its services on every platform, its warnings listed — and runs a node failure
// like a preset. A broken compose file is refused with its line and key; the document stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { suite, SHOTS, dropFile } from './suite.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

test('drop a compose file: its services on Compose and Kubernetes, the warnings listed, a node failure plays', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  await page.goto(`${server.url}?preset=feastflow`);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  const compose = await readFile('crates/hafen-core/tests/compose/05-django-celery.yml', 'utf8');
  await dropFile(page, 'docker-compose.yml', compose);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod[data-service="worker"]');
  const notice = await page.textContent('.notice');
  assert.match(notice, /Imported docker-compose\.yml: 5 services on every platform/);
  await page.click('.import-warnings summary');
  const warnings = await page.$$eval('.import-warnings li', (lis) => lis.map((l) => l.textContent));
  assert.ok(warnings.some((w) => /services\.flower\.profiles \(line \d+\): in profile monitoring/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /services\.web\.env_file \(line \d+\): read, not simulated/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /assumed 50\srequests\/s from users into web/.test(w)), warnings.join('\n'));
  await page.screenshot({ path: `${SHOTS}/compose-imported.png` });
  const services = await page.$$eval('svg.diagram[data-platform="compose"] g.pod', (pods) => [...new Set(pods.map((p) => p.dataset.service))].sort());
  assert.deepEqual(services, ['beat', 'postgres', 'redis', 'web', 'worker']);

  // Kill the node running the database (the fair comparison: every platform loses postgres's
  // node) and play: Compose goes down, Kubernetes notices the node.
  assert.equal(await page.textContent('.actions button.kill-node'), 'Kill the node running postgres');
  await page.click('.actions button.kill-node');
  // Step through the events until Kubernetes has marked the node NotReady.
  for (let i = 0; i < 40 && !(await page.$('svg.diagram[data-platform="kubernetes"] g.node[data-state="notready"]')); i++) {
    await page.click('.timeline button.next');
  }
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.node[data-state="notready"]');
  assert.ok(Number(await page.getAttribute('.platform.compose .counters', 'data-downtime-ms')) > 0, 'Compose is down');

  // Next to each platform's consequences: what an operator types there.
  assert.match(await page.textContent('.platform.kubernetes .platform-commands summary'), /Operator: commands for 1 action/);
  await page.click('.platform.compose .platform-commands summary');
  // Compose has one host, whatever node the document names.
  assert.match(await page.textContent('.platform.compose .platform-commands'), /the host loses power.*First power the host back on.*docker compose up -d/s);
  assert.doesNotMatch(await page.textContent('.platform.compose .platform-commands'), /node-1/);

  // The operator's commands for the node failure, side by side.
  await page.click('.tab[data-panel="commands"]');
  const commands = await page.$$eval('.commands tbody tr', (rows) => rows.map((r) => r.textContent));
  assert.ok(commands.some((r) => /the node running postgres loses power/.test(r) && /docker compose up -d/.test(r) && /kubectl -n my-app delete pod postgres-0/.test(r)), commands.join('\n'));
  assert.ok(commands.some((r) => /drain node-1/.test(r) && /kubectl drain node-1/.test(r)), commands.join('\n'));
  await page.screenshot({ path: `${SHOTS}/compose-commands.png` });

  // The Kubernetes manifests of the imported application: downloaded, and accepted by kubernetes-validate.
  await page.click('.tab[data-panel="manifests"]');
  await page.click('.file-tab:has-text("Kubernetes")');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.download-file')]);
  assert.equal(download.suggestedFilename(), 'my-app-kubernetes.yaml');
  const manifests = await readFile(await download.path(), 'utf8');
  for (const name of ['web', 'worker', 'beat', 'redis']) assert.match(manifests, new RegExp(`kind: Deployment\nmetadata:\n  name: ${name}\n`));
  assert.match(manifests, /kind: StatefulSet\nmetadata:\n  name: postgres\n/);
  const validator = 'target/venvs/kubernetes/bin/kubernetes-validate';
  if (existsSync(validator)) {
    const file = `${SHOTS}/imported-kubernetes.yaml`;
    await writeFile(file, manifests);
    execFileSync(validator, ['--quiet', '--strict', '-k', '1.32.0', file]);
  }
  // And the stack file, accepted by docker-compose config.
  await page.click('.file-tab:has-text("Swarm stack file")');
  const [stackDownload] = await Promise.all([page.waitForEvent('download'), page.click('.download-file')]);
  assert.equal(stackDownload.suggestedFilename(), 'my-app-stack.yml');
  const stack = await readFile(await stackDownload.path(), 'utf8');
  assert.match(stack, /restart_policy:\n        condition: any/);
  const dockerCompose = 'target/venvs/compose/bin/docker-compose';
  if (existsSync(dockerCompose)) {
    const file = `${SHOTS}/imported-stack.yml`;
    await writeFile(file, stack);
    execFileSync(dockerCompose, ['-f', file, 'config', '-q']);
  }
  // The commands on a phone: each platform's answer under its name.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.click('.tab[data-panel="commands"]');
  await page.screenshot({ path: `${SHOTS}/compose-commands-390.png` });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scroll on a phone');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.click('.tab[data-panel="platforms"]');

  // Undo goes back to FeastFlow (twice: the fault, then the import).
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod[data-service="backend"]');

  // A broken compose file: refused with its line and key.
  await page.setInputFiles('input.open-file', { name: 'broken-compose.yml', mimeType: 'application/yaml', buffer: Buffer.from('services:\n  web:\n    image: nginx\n  api:\n    ports: ["80:80"]\n') });
  await page.waitForSelector('.notice.problem');
  assert.match(await page.textContent('.notice'), /broken-compose\.yml: line 5: services\.api: a service needs image: or build:.*Your scenario is as it was/);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod[data-service="backend"]');
  assert.deepEqual(problems, []);
  await page.close();
});

test('paste a compose file outside a text field: imported; a paste into a field is left alone; the kind is editable', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  await page.goto(`${server.url}?preset=feastflow`);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  const compose = await readFile('crates/hafen-core/tests/compose/17-haproxy-api-valkey-nats.yml', 'utf8');
  const paste = (selector, text) => page.evaluate(([selector, text]) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.querySelector(selector).dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [selector, text]);
  // Into the share dialog's field: nothing happens to the document.
  await page.click('button.share');
  await paste('.share-link', compose);
  await page.keyboard.press('Escape');
  assert.equal(await page.$('svg.diagram[data-platform] g.pod[data-service="valkey"]'), null);
  // On the page: imported.
  await paste('.sides', compose);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod[data-service="valkey"]');
  assert.match(await page.textContent('.notice'), /Imported pasted text: 4 services/);
  // An import's guess is editable: api becomes a worker.
  await page.click('svg.diagram[data-platform="kubernetes"] g.pod[data-service="api"]');
  await page.selectOption('.inspector select[data-field="kind"]', 'worker');
  await page.waitForFunction(() => document.querySelector('.inspector select[data-field="kind"]').value === 'worker');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the file worker: not loaded for the first paint; loaded when a file is dropped; if it cannot load, the drop says so and nothing is lost', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}?preset=feastflow`);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  assert.ok(!requested.some((p) => p.includes('hafen-files')), `first paint loaded the worker: ${requested.join(' ')}`);
  await dropFile(page, 'docker-compose.yml', 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n');
  await page.waitForSelector('.notice:has-text("Imported docker-compose.yml")');
  assert.ok(requested.some((p) => p.endsWith('hafen-files_bg.wasm')), 'the worker module was loaded');
  await page.close();

  // The worker's files missing (an incomplete copy of dist/): a clear message, the preset stays.
  const blocked = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await blocked.route('**/hafen-files*', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await blocked.goto(`${server.url}?preset=feastflow`);
  await blocked.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  const services = () => blocked.$$eval('svg.diagram[data-platform="kubernetes"] g.pod', (p) => [...new Set(p.map((g) => g.dataset.service))].sort().join(','));
  const before = await services();
  assert.match(before, /postgres/);
  await dropFile(blocked, 'docker-compose.yml', 'services:\n  web:\n    image: nginx\n');
  await blocked.waitForSelector('.notice:has-text("could not start its file reader")');
  assert.equal(await services(), before, 'FeastFlow is still shown');
  await blocked.close();
});
