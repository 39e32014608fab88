// Present and teach (issue 13): each built-in story stepped through with the keyboard only in
// presenter mode at 1280×720, type sizes checked; a step's address survives a reload; the speaker's
// notes window follows the presenter and drives it; a question answered and checked; black screen
// and leaving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite, SHOTS, dropFile } from './suite.mjs';

let server, browser;
suite((s, b) => { server = s; browser = b; });

const STORIES = ['feastflow', 'quantum-trader', 'aima', 'surprises'];

/** The presenter's type sizes on screen [CSS px]: the title, the narration, and the smallest text
 * of each diagram as drawn (its font size times the drawing's scale). */
async function typeSizes(page) {
  return page.evaluate(() => {
    const px = (sel) => parseFloat(getComputedStyle(document.querySelector(sel)).fontSize);
    const diagrams = [...document.querySelectorAll('.presenter svg.diagram[data-platform]')].map((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    return { title: px('.present-title'), narration: px('.narration'), diagram: diagrams.length ? Math.min(...diagrams) : null };
  });
}

test('keyboard only: every built-in story in presenter mode at 1280×720, large type, the address following each step', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  for (const story of STORIES) {
    if (story === 'feastflow') {
      // From the app: P presents the story of the preset shown.
      await page.goto(`${server.url}?preset=feastflow`);
      await page.waitForSelector('svg.diagram[data-platform] g.pod');
      await page.keyboard.press('p');
    } else {
      await page.goto(`${server.url}?present=1&story=${story}`);
    }
    await page.waitForSelector('.presenter[data-step="1"]');
    const steps = Number((await page.textContent('.present-count')).split('/')[1]);
    assert.ok(steps >= 5, `${story}: ${steps} steps`);
    for (let i = 1; i <= steps; i++) {
      await page.waitForSelector(`.presenter[data-step="${i}"]`);
      await page.waitForTimeout(250);
      assert.match(page.url(), new RegExp(`story=${story}#step=${i}$`));
      const sizes = await typeSizes(page);
      assert.ok(sizes.title >= 27, `${story} step ${i}: title ${sizes.title} px`);
      assert.ok(sizes.narration >= 18, `${story} step ${i}: narration ${sizes.narration} px`);
      if (sizes.diagram !== null) assert.ok(sizes.diagram >= 17.95, `${story} step ${i}: diagram text ${sizes.diagram.toFixed(1)} px`);
      assert.ok((await page.textContent('.narration')).length > 40, `${story} step ${i} has narration`);
      await page.screenshot({ path: `${SHOTS}/present-${story}-${i}.png` });
      // A question waits for its answer: → lets the step play without one, → again goes on.
      if (await page.$('.question-card')) {
        assert.equal(await page.getAttribute('.presenter', 'data-watching'), 'false');
        await page.keyboard.press('ArrowRight');
        assert.equal(await page.getAttribute('.presenter', 'data-watching'), 'true');
      }
      // A step still playing is played to its end first; the next press moves on.
      await page.keyboard.press(i % 2 ? 'PageDown' : 'Space');
      await page.waitForTimeout(100);
      if ((await page.getAttribute('.presenter', 'data-step')) === String(i) && !(await page.$('.present-score'))) await page.keyboard.press('PageDown');
    }
    await page.waitForSelector('.present-score');
    await page.keyboard.press('PageUp');
    await page.waitForSelector(`.presenter[data-step="${steps}"]`);
    await page.keyboard.press('Home');
    await page.waitForSelector('.presenter[data-step="1"]');
    await page.keyboard.press('End');
    await page.waitForSelector(`.presenter[data-step="${steps}"]`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('predict, then watch: a question answered, the simulation reveals the answer with its cause, the score at the end', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.url}?present=1&story=surprises#step=6`);
  await page.waitForSelector('.presenter[data-step="6"] .question-card');
  const choices = await page.$$eval('.question-card .choice', (b) => b.map((x) => x.textContent));
  const right = choices.findIndex((c) => /stays empty/.test(c));
  assert.ok(right >= 0, choices.join(' | '));
  await page.keyboard.press(String(right + 1));
  assert.equal(await page.getAttribute('.presenter', 'data-watching'), 'true');
  // The step plays its range (00:50 to 06:00) and stops; the answer is read from the run shown.
  await page.waitForSelector('.presenter[data-played="true"]', { timeout: 30_000 });
  assert.match(await page.textContent('.question-card .verdict'), /Right: It stays empty/);
  assert.match(await page.textContent('.present-clock'), /^06:00 \/ 06:00$/);
  await page.screenshot({ path: `${SHOTS}/present-answered.png` });
  // A glossary term explains itself on keyboard focus.
  await page.goto(`${server.url}?present=1&story=surprises#step=2`);
  await page.waitForSelector('.presenter[data-step="2"]');
  await page.focus('.narration .term[data-term="NotReady"]');
  assert.ok(await page.isVisible('.term[data-term="NotReady"] .term-tip'));
  assert.match(await page.textContent('.term[data-term="NotReady"] .term-tip'), /Source: Kubernetes docs/);
  await page.screenshot({ path: `${SHOTS}/present-glossary.png` });
  // The end: the score of this run, kept in the browser.
  await page.goto(`${server.url}?present=1&story=surprises#step=6`);
  await page.waitForSelector('.presenter[data-step="6"] .question-card');
  await page.keyboard.press(String(right + 1));
  await page.waitForSelector('.presenter[data-played="true"]', { timeout: 30_000 });
  await page.keyboard.press('ArrowRight');
  assert.match(await page.textContent('.present-score'), /You predicted 1 of 1/);
  assert.equal(await page.evaluate(() => localStorage.getItem('hafen.score.surprises')), '1/1');
  await page.close();
});

test('the address round trip, the notes window in step both ways, black screen, leaving', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${server.url}?present=1&story=feastflow#step=4`);
  await page.waitForSelector('.presenter[data-step="4"]');
  assert.match(await page.textContent('.present-title'), /Traffic spike/);
  // The spike plays: → shows its end, → again moves on.
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.presenter[data-play="done"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.presenter[data-step="5"]');
  await page.reload();
  await page.waitForSelector('.presenter[data-step="5"]');
  assert.match(await page.textContent('.present-title'), /Update the backend to v2/);

  // S opens the speaker's notes in a second window; it shows this step and the next one's title.
  const [notes] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await notes.waitForSelector('.speaker-notes h1');
  await notes.waitForFunction(() => /^5 \/ 9/.test(document.querySelector('.speaker-notes h1').textContent));
  assert.match(await notes.textContent('.notes-next'), /A bad v2/);
  assert.match(await notes.textContent('.notes-clock'), /\d\d:\d\d/);
  await page.keyboard.press('ArrowLeft');
  await notes.waitForFunction(() => /^4 \/ 9/.test(document.querySelector('.speaker-notes h1').textContent));
  // The notes window's own → moves the presenter.
  await notes.keyboard.press('ArrowRight');
  await page.waitForSelector('.presenter[data-step="4"][data-play="done"]');
  await notes.keyboard.press('ArrowRight');
  await page.waitForSelector('.presenter[data-step="5"]');
  await notes.setViewportSize({ width: 720, height: 560 });
  await notes.screenshot({ path: `${SHOTS}/present-notes.png` });

  // B blacks the screen out; → lights it again without moving on.
  await page.bringToFront();
  await page.keyboard.press('b');
  assert.ok(await page.isVisible('.blackout'));
  await page.keyboard.press('ArrowRight');
  assert.ok(!(await page.isVisible('.blackout')));
  assert.equal(await page.getAttribute('.presenter', 'data-step'), '5');
  // Esc, and Esc again, leaves for the app.
  await page.keyboard.press('Escape');
  await page.waitForSelector('.presenter .present-esc');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.app svg.diagram[data-platform] g.pod');
  assert.ok(!page.url().includes('present=1'), page.url());
  await context.close();
});

test('a story written into a scenario file: opened, presented with P, its step in a link with the document, notes, Download keeps it; a document without one is shown whole', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(`${server.url}?preset=feastflow`);
  await page.waitForSelector('svg.diagram[data-platform] g.pod');
  const yaml = await readFile('scenarios/8-onboarding-story.yaml', 'utf8');

  // A story that does not fit its application is refused with its line; FeastFlow stays.
  await dropFile(page, 'broken-story.yaml', yaml.replace('service: backend\n        choices', 'service: payments\n        choices'));
  await page.waitForSelector('.notice.problem');
  assert.match(await page.locator('.notice').textContent(), /broken-story\.yaml: line \d+: story\.steps\[1\]\.question\.service: no service is called "payments"/);

  await dropFile(page, '8-onboarding-story.yaml', yaml);
  await page.waitForFunction(() => location.hash.startsWith('#2.') && document.querySelector('select.stories')?.textContent.includes("This document's story"));
  assert.match(await page.textContent('select.stories'), /This document's story: Welcome to FeastFlow: what breaks, and who fixes it/);
  await page.keyboard.press('p');
  await page.waitForSelector('.presenter[data-step="1"]');
  assert.match(page.url(), /\?lang=en&present=1#2\.[A-Za-z0-9_-]+&step=1$/);
  assert.equal(await page.textContent('.present-story'), 'Welcome to FeastFlow: what breaks, and who fixes it');
  assert.equal(await page.textContent('.present-title'), 'Our application');
  assert.equal(await page.textContent('.present-count'), '1 / 4');
  const sizes = await typeSizes(page);
  assert.ok(sizes.title >= 32 && sizes.narration >= 18 && sizes.diagram >= 17.95, JSON.stringify(sizes));
  await page.screenshot({ path: `${SHOTS}/present-written-1.png` });

  // Step 2 asks its own question; answered, the simulation reveals it (→ first shows step 1's end).
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.presenter[data-step="1"][data-play="done"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.presenter[data-step="2"] .question-card');
  assert.equal(await page.textContent('.question-card .prompt'), 'What happens to the backend on Compose?');
  const choices = await page.$$eval('.question-card .choice', (b) => b.map((x) => x.textContent));
  const right = choices.findIndex((c) => /until someone acts/.test(c));
  assert.ok(right >= 0, choices.join(' | '));
  await page.keyboard.press(String(right + 1));
  await page.waitForSelector('.presenter[data-played="true"]', { timeout: 30_000 });
  assert.match(await page.textContent('.question-card .verdict'), /Right: It is down until someone acts/);
  assert.match(await page.textContent('.present-clock'), /^20:00 \/ 20:00$/);
  await page.screenshot({ path: `${SHOTS}/present-written-2.png` });

  // The address carries the document and the step: a reload (or the link sent to someone) opens it.
  await page.reload();
  await page.waitForSelector('.presenter[data-step="2"]');
  assert.equal(await page.textContent('.present-title'), 'The backend crashes');
  // The notes window tells the same story, with the answer the simulation will show.
  const [notes] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await notes.waitForFunction(() => /^2 \/ 4 · The backend crashes/.test(document.querySelector('.speaker-notes h1')?.textContent ?? ''));
  assert.match(await notes.textContent('.notes-answer'), /backend on Docker Compose: It is down until someone acts/);
  assert.match(await notes.textContent('.notes-text'), /restart: no/);
  assert.match(await notes.textContent('.notes-next'), /A node dies/);
  await notes.close();

  // Step 4 puts the costs in front; after it, the score.
  await page.keyboard.press('End');
  await page.waitForSelector('.presenter[data-step="4"] .present-panel .cost-panel');
  await page.screenshot({ path: `${SHOTS}/present-written-4.png` });
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.present-score');

  // Esc, Esc: the app, on the same document; Download writes the story back.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.app svg.diagram[data-platform] g.pod');
  assert.ok(!page.url().includes('present=1') && page.url().includes('#2.'), page.url());
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.download')]);
  const written = await readFile(await download.path(), 'utf8');
  assert.match(written, /^story:\n  title: "Welcome to FeastFlow: what breaks, and who fixes it"$/m);
  assert.match(written, /choices: \[healed-by-itself, down-until-someone-acts, others-kept-serving\]/);

  // A document without a story of its own (not a preset) is presented whole, in one step.
  await dropFile(page, '2-node-failure.yaml', await readFile('scenarios/2-node-failure.yaml', 'utf8'));
  await page.waitForFunction(() => document.querySelector('select.stories')?.textContent.includes('This document, in one step'));
  await page.keyboard.press('p');
  await page.waitForSelector('.presenter[data-step="1"]');
  assert.equal(await page.textContent('.present-count'), '1 / 1');
  assert.equal(await page.textContent('.present-story'), 'The node running the database dies');
  assert.equal(await page.textContent('.narration'), 'At 01:00 the node running postgres loses power. At 45:00 node-3 comes back.');
  await page.screenshot({ path: `${SHOTS}/present-whole.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the glossary in the app: the event log explains each term once, where it first appears, on focus', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}?preset=feastflow`);
  await page.waitForSelector('svg.diagram[data-platform] g.pod');
  await page.click('svg.diagram[data-platform="kubernetes"] [data-power="node-3"]');
  for (let i = 0; i < 10; i++) await page.keyboard.press('n');
  await page.waitForSelector('.event-log .term[data-term="NotReady"]');
  const all = await page.$$eval('.event-log .term', (t) => t.map((x) => x.dataset.term));
  assert.ok(all.includes('NotReady') && all.includes('eviction'), all.join(', '));
  // Once per log: no term twice in one platform's log.
  const perLog = await page.$$eval('.event-log', (logs) => logs.map((l) => [...l.querySelectorAll('.term')].map((t) => t.dataset.term)));
  for (const list of perLog) assert.equal(new Set(list).size, list.length, list.join(', '));
  const term = page.locator('.event-log .term[data-term="NotReady"]').first();
  await term.focus();
  const tip = term.locator('.term-tip');
  assert.ok(await tip.isVisible());
  assert.match(await tip.textContent(), /node-monitor-grace-period|Source: Kubernetes docs/);
  // The tip is drawn inside the log's box, not cut off by its scrolling list.
  const [box, log] = await Promise.all([tip.boundingBox(), term.locator('xpath=ancestor::div[contains(@class,"event-log")]').boundingBox()]);
  assert.ok(box.y >= log.y - 1 && box.y + box.height <= log.y + log.height + 1, JSON.stringify({ box, log }));
  await page.screenshot({ path: `${SHOTS}/glossary-event-log.png` });
  await page.close();
});
