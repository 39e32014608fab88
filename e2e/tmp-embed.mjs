import { serveDist } from './serve.mjs';
import { launch } from './browser.mjs';
const server = await serveDist('dist');
const b = await launch();
for (const [w, h] of [[480, 360], [640, 480], [800, 600], [1440, 900]]) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  p.on('console', (m) => { if (m.type() === 'error') console.log('ERR', m.text()); });
  await p.goto(`${server.url}?embed=1&preset=feastflow&t=1m20s&autoplay=1&speed=60`);
  await p.waitForSelector('svg.diagram g.pod');
  await p.waitForTimeout(1500);
  await p.screenshot({ path: `target/screenshots/tmp-embed-${w}x${h}.png` });
  console.log(w, h, await p.evaluate(() => [document.documentElement.scrollHeight, document.querySelector('.embed').getBoundingClientRect().height]));
  await p.close();
}
await b.close(); server.close();
