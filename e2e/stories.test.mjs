// The stories' words (issue 30): a question step's screen before it plays — its neutral title, its
// set-up, the question and the choices — states none of the phrases that give its answer away
// (crates/hafen-core/tests/story_answers.txt, the list the native test checks too), in English,
// German and Norwegian; once the step has played, the rest of the narration is on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite, SHOTS, dropFile } from './suite.mjs';
import { openWatched } from './browser.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

/** { 'surprises/hung': { en: [...], de: [...] }, … } from the shared list. */
async function phrases() {
  const text = await readFile('crates/hafen-core/tests/story_answers.txt', 'utf8');
  const out = {};
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [key, lang, phrase] = line.split('\t');
    ((out[key] ??= {})[lang] ??= []).push(phrase.toLowerCase());
  }
  return out;
}

/** The built-in question steps: story id and step number (1-based) of each key. */
const QUESTIONS = {
  'feastflow/crash': ['feastflow', 2], 'feastflow/node': ['feastflow', 3], 'feastflow/update': ['feastflow', 5],
  'surprises/dead-node-traffic': ['surprises', 1], 'surprises/eviction': ['surprises', 2], 'surprises/statefulset': ['surprises', 3],
  'surprises/slow-starter': ['surprises', 4], 'surprises/hung': ['surprises', 5], 'surprises/no-rebalance': ['surprises', 6],
};

test('no question step gives its answer away before it plays, in any language', async () => {
  const list = await phrases();
  assert.deepEqual(Object.keys(list).sort(), Object.keys(QUESTIONS).sort());
  const found = [];
  for (const lang of ['en', 'de', 'nb']) {
    for (const [key, [story, step]] of Object.entries(QUESTIONS)) {
      const { page, problems } = await openWatched(browser, `${server.url}?lang=${lang}&present=1&story=${story}#step=${step}`, server.origin, { width: 1280, height: 720 });
      await page.waitForSelector(`.presenter[data-step="${step}"] .question-card`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      assert.equal(await page.getAttribute('.presenter', 'data-watching'), 'false', `${key} (${lang}) waits for its answer`);
      const screen = (await page.innerText('.presenter')).toLowerCase();
      for (const p of list[key][lang]) if (screen.includes(p)) found.push(`${key} (${lang}): "${p}" before it plays`);
      if (key === 'surprises/hung') await page.screenshot({ path: `${SHOTS}/stories-before-${lang}.png` });
      assert.deepEqual(problems, [], `${key} (${lang})`);
      await page.close();
    }
  }
  assert.deepEqual(found, []);
});

test('once a question step has played, the rest of its narration is on screen', async () => {
  const list = await phrases();
  const { page, problems } = await openWatched(browser, `${server.url}?lang=de&present=1&story=surprises#step=6`, server.origin, { width: 1280, height: 720 });
  await page.waitForSelector('.presenter[data-step="6"] .question-card');
  await page.keyboard.press('1');
  await page.waitForSelector('.presenter[data-played="true"]', { timeout: 30_000 });
  const screen = (await page.innerText('.presenter')).toLowerCase();
  for (const p of list['surprises/no-rebalance'].de) assert.ok(screen.includes(p), `"${p}" once played`);
  await page.screenshot({ path: `${SHOTS}/stories-after-de.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Compose diagram shows a hung backend unhealthy once its HEALTHCHECK says so, as the narration does', async () => {
  const { page, problems } = await openWatched(browser, `${server.url}?lang=de&present=1&story=surprises#step=5`, server.origin, { width: 1280, height: 720 });
  await page.waitForSelector('.presenter[data-step="5"] .question-card');
  await page.keyboard.press('ArrowRight');
  const pod = 'svg.diagram[data-platform=compose] g.pod[data-state=unhealthy]';
  await page.waitForSelector(pod, { timeout: 30_000 });
  assert.match(await page.textContent(pod), /Running \(unhealthy\)/);
  await page.screenshot({ path: `${SHOTS}/stories-unhealthy-de.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test('German and Norwegian number fields show a decimal comma and read one; no number breaks from its unit', async () => {
  for (const [lang, shown] of [['de', '99,9'], ['nb', '99,9'], ['en', '99.9']]) {
    const { page, problems } = await openWatched(browser, `${server.url}?lang=${lang}&preset=feastflow`, server.origin, { width: 1440, height: 900 });
    await page.waitForSelector('svg.diagram[data-platform] g.pod');
    await page.click('.tabs button[data-panel=advisor]');
    await page.waitForSelector('.advisor-panel input.uptime');
    assert.equal(await page.inputValue('.advisor-panel input.uptime'), shown, lang);
    if (lang !== 'en') {
      await page.fill('.advisor-panel input.uptime', '99,5');
      await page.press('.advisor-panel input.uptime', 'Enter');
      await page.waitForFunction(() => document.querySelector('.advisor-panel input.uptime').value === '99,5');
      assert.equal(await page.$('.advisor-panel .refusal'), null, `${lang}: 99,5 is read`);
    }
    const broken = await page.evaluate(() => document.body.innerText.match(/\d (ms|s|min|h|%|GiB|MiB|EUR|USD|req\/s|Anfragen\/s|forespørsler\/s)(?![\p{L}\/])/gu));
    assert.equal(broken, null, `${lang}: a breaking space between a number and its unit`);
    assert.deepEqual(problems, [], lang);
    await page.close();
  }
});

test('a written question keeps its answer (question.after) off the screen until its step has played, through the link too', async () => {
  const { page, problems } = await openWatched(browser, `${server.url}?preset=feastflow`, server.origin, { width: 1280, height: 720 });
  await page.waitForSelector('svg.diagram[data-platform] g.pod');
  const after = 'Nothing restarts it until the operator acts.';
  const yaml = (await readFile('scenarios/8-onboarding-story.yaml', 'utf8'))
    .replace('        text: What happens to the backend on Compose?\n', `        text: What happens to the backend on Compose?\n        after: ${after}\n`);
  await dropFile(page, 'story-with-answer.yaml', yaml);
  await page.waitForFunction(() => document.querySelector('select.stories')?.textContent.includes("This document's story"));
  await page.keyboard.press('p');
  await page.waitForSelector('.presenter[data-step="1"]');
  // → on a playing step shows its end first; the next → moves on.
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.presenter[data-step="1"][data-played="true"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.presenter[data-step="2"] .question-card');
  // The link holds it: a reload comes back to the same step, still without the answer.
  await page.reload();
  await page.waitForSelector('.presenter[data-step="2"] .question-card');
  assert.ok(!(await page.innerText('.presenter')).includes(after), 'the answer before the step has played');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.presenter[data-played="true"]', { timeout: 30_000 });
  assert.ok((await page.textContent('.narration')).includes(after), 'the answer once played');
  assert.deepEqual(problems, []);
  await page.close();
});
