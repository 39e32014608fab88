// Takes a screenshot of the release build for a person to look at: node e2e/screenshot.mjs [out.png] [query]
import { serveDist } from './serve.mjs';
import { launch, openWatched } from './browser.mjs';

const out = process.argv[2] ?? 'target/screenshots/hafen.png';
const server = await serveDist('dist');
const browser = await launch();
const { page, problems } = await openWatched(browser, server.url + (process.argv[3] ?? ''), server.origin);
await page.waitForSelector('svg.diagram[data-platform] g.pod');
await page.screenshot({ path: out, fullPage: true });
console.log(`saved ${out}`);
if (problems.length) console.log(problems.join('\n'));
await browser.close();
server.close();
