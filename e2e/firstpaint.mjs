// The first diagram on a phone on an ordinary connection (issue 32): ../shared/tools/gzserve.js
// serves dist/ with gzip and the app's CSP, ../shared/tools/firstpaint.js loads each page cold in
// Chromium under Lighthouse's mobile profile (562.5 ms latency, 1.47 Mbit/s down, CPU 4× slower)
// and unthrottled, and prints the milliseconds until the first diagram has drawn its nodes. Three
// runs per page, the median; budget 2.5 s for FeastFlow at 412×823, its 640×480 embed and a share
// link. A benchmark (scripts/bench.sh), not a timed test.
// Run: node e2e/firstpaint.mjs  (after `trunk build --release --offline`)
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tools = resolve(root, '..', 'shared', 'tools');
const BUDGET_MS = 2500;
const port = 18000 + Math.floor(Math.random() * 1000);
const server = spawn(process.execPath, [join(tools, 'gzserve.js'), resolve(root, process.env.DIST ?? 'dist'), String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const link = readFileSync(join(root, 'crates/hafen-core/tests/golden/links/v2-feastflow-edited.txt'), 'utf8').trim();
const pages = [
  ['FeastFlow, 412×823', '?preset=feastflow', 412, 823],
  ['FeastFlow embed, 640×480', '?embed=1&preset=feastflow', 640, 480],
  ['a share link, 412×823', `#${link}`, 412, 823],
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let over = false;
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const [name, query, w, h] of pages) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, [join(tools, 'firstpaint.js'), `http://127.0.0.1:${port}/${query}`, String(w), String(h)], { env: { ...process.env, NODE_PATH: join(root, 'node_modules') }, encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop()));
  }
  const throttled = median(runs.map((r) => r.throttled_ms ?? Infinity));
  const plain = median(runs.map((r) => r.plain_ms ?? Infinity));
  const errors = runs.flatMap((r) => r.errors);
  const flag = throttled > BUDGET_MS || errors.length ? '  OVER BUDGET' : '';
  over ||= Boolean(flag);
  console.log(`first diagram, ${name}: ${throttled} ms on a phone's profile (runs ${runs.map((r) => r.throttled_ms).join(', ')}; budget ${BUDGET_MS}), ${plain} ms unthrottled, ${(runs[0].bytes / 1024).toFixed(1)} KB over ${runs[0].requests} requests${flag}`);
  if (errors.length) console.log(errors.join('\n'));
}
server.kill();
if (over) process.exit(1);
