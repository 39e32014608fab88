// A service's image (issue 31): shown and edited in the inspector, refused with a reason when empty,
// spaced or marked up (the image kept), written into the exported files, and undone like any edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openWatched } from './browser.mjs';
import { suite, SHOTS } from './suite.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

/// The docker-compose.yml the Files tab shows, once the file worker has written it.
async function composeFile(page) {
  await page.click('.tab[data-panel="manifests"]');
  await page.click('.file-tab:has-text("docker-compose.yml")');
  await page.waitForFunction(() => document.querySelector('pre.file-view')?.getAttribute('aria-busy') === 'false' && /services:/.test(document.querySelector('pre.file-view').textContent));
  const text = await page.locator('pre.file-view').textContent();
  await page.click('.tab[data-panel="platforms"]');
  return text;
}

test('the database runs FeastFlow\'s postgres:15-alpine; a new image reaches the files, bad ones are refused, undo brings the old back', async () => {
  const { page, problems } = await openWatched(browser, server.url, server.origin);
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  await page.click('svg.app-graph g.svc[data-service="postgres"]');
  const field = page.locator('#inspector input[data-field="image"]');
  assert.equal(await field.inputValue(), 'postgres:15-alpine');
  assert.match(await page.locator('#inspector label.field:has(input[data-field="image"])').textContent(), /image/);
  assert.match(await composeFile(page), /"postgres":\n    image: "postgres:15-alpine"\n/);

  // Empty, spaced, marked up: each refused with its reason, the image unchanged.
  for (const [bad, why] of [['', /needs a name/], ['postgres 16', /not an image name/], ['<b>pg</b>', /not an image name/]]) {
    await page.click('svg.app-graph g.svc[data-service="postgres"]');
    await field.fill(bad);
    await field.press('Enter');
    await field.blur();
    assert.match(await page.locator('#inspector .refusal').textContent(), why, bad);
  }
  await page.screenshot({ path: `${SHOTS}/image-refused.png`, fullPage: true });
  assert.match(await composeFile(page), /image: "postgres:15-alpine"/, 'nothing lost');

  // A good one: in the files; undo: the old one back.
  await page.click('svg.app-graph g.svc[data-service="postgres"]');
  await field.fill('postgres:16-alpine');
  await field.press('Enter');
  await field.blur();
  assert.equal(await page.locator('#inspector .refusal').count(), 0);
  assert.equal(await field.inputValue(), 'postgres:16-alpine');
  assert.match(await composeFile(page), /image: "postgres:16-alpine"/);
  await page.keyboard.press('Control+z');
  await page.click('svg.app-graph g.svc[data-service="postgres"]');
  await page.waitForFunction(() => document.querySelector('#inspector input[data-field="image"]')?.value === 'postgres:15-alpine');
  assert.match(await composeFile(page), /image: "postgres:15-alpine"/);
  // A service without an image of its own shows the one the exports write.
  await page.click('svg.app-graph g.svc[data-service="frontend"]');
  assert.equal(await field.inputValue(), 'registry.example.com/feastflow/frontend:v1');
  await page.screenshot({ path: `${SHOTS}/image-field.png` });
  assert.deepEqual(problems, []);
  await page.close();
});
