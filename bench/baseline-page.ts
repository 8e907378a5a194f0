// The floor no kiosk page can beat: the same slide texts in plain HTML, switched by a few lines
// of script that toggle a class, with a CSS opacity transition. No framework, no web fonts, no
// API. Served by a bare node:http server so that the kiosk's handler is not part of the floor.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';

interface Slide {
  headline: string;
  body: string;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function baselineHtml(practice: string): Promise<string> {
  const en = JSON.parse(await readFile(new URL('../locales/en/kiosk.json', import.meta.url), 'utf8')) as { slides: Record<string, Slide> };
  const slides = Object.values(en.slides)
    .map((s, i) => `<section class="slide${i === 0 ? ' on' : ''}"><h2>${escape(s.headline)}</h2><p>${escape(s.body.replaceAll('{{practice}}', practice))}</p></section>`)
    .join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Baseline</title>
<style>
body{margin:0;font-family:sans-serif;background:#fff;color:#212b32}
header{background:#005eb8;color:#fff;padding:24px 64px;font-size:48px;font-weight:700}
main{display:grid;padding:64px}
.slide{grid-area:1/1;opacity:0;transition:opacity .6s ease-in-out}
.slide.on{opacity:1}
h2{font-size:72px;margin:0 0 32px}
p{font-size:40px;line-height:1.4;margin:0}
</style></head><body><header>${escape(practice)}</header><main>${slides}</main>
<script>
window.transitions = 0;
window.benchDwell = 12000;
const slides = document.querySelectorAll('.slide');
let i = 0;
function next() {
  slides[i].classList.remove('on');
  i = (i + 1) % slides.length;
  slides[i].classList.add('on');
  window.transitions++;
  setTimeout(next, window.benchDwell);
}
setTimeout(next, window.benchDwell);
</script></body></html>`;
}

export interface BaselineServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startBaselineServer(practice: string): Promise<BaselineServer> {
  const body = await baselineHtml(practice);
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
