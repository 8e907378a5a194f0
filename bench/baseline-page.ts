// The floor no kiosk page can beat: the same slide texts in plain HTML, switched by a few lines
// of script that toggle a class, with the kiosk's CSS opacity fade. No framework, no web fonts, no
// API. Served by a bare node:http server so that the kiosk's handler is not part of the floor.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { QUIET_ZONE, qrMatrixFor, qrSvgPath } from '../renderer/journey/qr-matrix.ts';

interface Slide {
  headline: string;
  body: string;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const readLocale = async (code: string) =>
  JSON.parse(await readFile(new URL(`../locales/${code}/kiosk.json`, import.meta.url), 'utf8')) as { slides: Record<string, Slide>; menu: { title: string } };

/** The review code, drawn once here with the kiosk's own matrix and path. */
function qrSvg(url: string): string {
  const matrix = qrMatrixFor(url);
  const side = matrix.size + 2 * QUIET_ZONE;
  return `<svg viewBox="0 0 ${side} ${side}" width="600" height="600" shape-rendering="crispEdges"><path d="${qrSvgPath(matrix)}"/></svg>`;
}

/** The kiosk's own fade length (tokens.css), so both pages do the same work at a transition. */
async function kioskFadeDuration(): Promise<string> {
  const tokens = await readFile(new URL('../renderer/theme/tokens.css', import.meta.url), 'utf8');
  const duration = /--fade-duration:\s*(\d+m?s)\s*;/.exec(tokens)?.[1];
  if (!duration) throw new Error('no --fade-duration in renderer/theme/tokens.css');
  return duration;
}

export async function baselineHtml(practice: string): Promise<string> {
  const fade = await kioskFadeDuration();
  const en = await readLocale('en');
  const pl = await readLocale('pl');
  const slides = Object.values(en.slides)
    .map((s, i) => `<section class="slide${i === 0 ? ' on' : ''}"><h2>${escape(s.headline)}</h2><p>${escape(s.body.replaceAll('{{practice}}', practice))}</p></section>`)
    .join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Baseline</title>
<style>
body{margin:0;font-family:sans-serif;background:#fff;color:#212b32}
header{background:#005eb8;color:#fff;padding:24px 64px;font-size:48px;font-weight:700}
main{display:grid;padding:64px}
.slide{grid-area:1/1;opacity:0;transition:opacity ${fade} ease-in-out}
.slide.on{opacity:1}
h2{font-size:72px;margin:0 0 32px}
#qr{display:none;position:fixed;inset:0;background:#fff;place-items:center}
#qr.on{display:grid}
nav{position:fixed;inset-block-end:0;inset-inline:0;display:flex;gap:24px;padding:24px;background:#005eb8}
nav button{font-size:40px;padding:24px}
p{font-size:40px;line-height:1.4;margin:0}
</style></head><body><header>${escape(practice)}</header><main>${slides}</main>
<nav><button class="review">Leave a review</button><button class="language" data-title="${escape(pl.menu.title)}">Polski</button></nav>
<div id="qr"><h2 class="menu-title">${escape(en.menu.title)}</h2>${qrSvg('https://www.nhs.uk/about-us/managing-patient-feedback/')}<button class="done">Done</button></div>
<script>
document.querySelector('.review').addEventListener('click', () => document.getElementById('qr').classList.add('on'));
const title = document.querySelector('.menu-title');
const english = title.textContent;
document.querySelector('.done').addEventListener('click', () => {
  document.getElementById('qr').classList.remove('on');
  title.textContent = english;
});
document.querySelector('.language').addEventListener('click', (e) => {
  title.textContent = e.currentTarget.dataset.title;
  document.getElementById('qr').classList.add('on');
});
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
