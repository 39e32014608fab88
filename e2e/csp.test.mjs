// A strict Content-Security-Policy (issue 11): internal wikis and static hosts send
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:`.
// serve.mjs sends it with every file, so every end-to-end test runs under it; this one checks that
// the policy is really in force and that nothing is refused: the app starts, replicas stand in
// their places (their positions are attributes, not inline styles) and traffic dots move.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './suite.mjs';
import { CSP } from './serve.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

test('the release runs under a strict Content-Security-Policy: nothing inline is refused', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    window.__refused = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__refused.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  const response = await page.goto(`${server.url}?preset=feastflow`);
  assert.equal(response.headers()['content-security-policy'], CSP);
  // The policy is in force: an inline script written now is refused.
  await page.waitForSelector('svg.diagram[data-platform="kubernetes"] g.pod');
  await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.head.append(s); });
  assert.equal(await page.evaluate(() => window.__inline), undefined, 'the policy refuses inline scripts');
  await page.evaluate(() => { window.__refused = []; });
  problems.length = 0;

  // Kill a node and play a little: replacements arrive (their animation is set through the
  // CSSOM) and traffic dots fly.
  await page.click('.actions button.kill-node');
  await page.click('.timeline button.play');
  await page.waitForTimeout(1500);
  const seen = await page.evaluate(() => ({
    refused: window.__refused,
    positions: [...document.querySelectorAll('svg.diagram[data-platform="kubernetes"] g.pod')].map((g) => getComputedStyle(g).transform),
    dots: [...document.querySelectorAll('.traffic-layer circle.dot')].map((c) => getComputedStyle(c).getPropertyValue('--dx')),
    inlineStyleAttributes: document.querySelectorAll('[style]:not(.drag-ghost)').length,
  }));
  assert.deepEqual(seen.refused, [], 'nothing refused by the policy');
  assert.ok(new Set(seen.positions).size >= 5, `replicas stand in different places: ${seen.positions.slice(0, 6).join(', ')}`);
  assert.ok(seen.dots.length > 0 && seen.dots.every((d) => /px$/.test(d.trim())), `traffic dots have their paths: ${seen.dots.join(', ')}`);
  assert.deepEqual(problems, []);
  await page.close();
});
