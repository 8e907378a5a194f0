// The poster as a practice gets it: `npm run poster` run for real against a data dir, the PDFs
// read back with poppler (pdfinfo, pdftotext, pdftoppm) and the codes decoded from the printed
// pixels with jsQR, as a phone would. Needs the built page (built here if missing) and
// poppler-utils.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS: under Node's resolution its function is the module's `default` (as in e2e/);
// vitest's interop hands over the function itself.
const jsQR = (jsqr.default ?? jsqr) as unknown as typeof jsqr.default;
const root = fileURLToPath(new URL('../', import.meta.url));
const REVIEW = 'https://www.nhs.uk/services/gp-surgery/threeways-surgery/A81001/leave-a-review';
const COMPLAINTS = 'https://threeways-surgery.nhs.uk/complaints';
const PRACTICE = 'Threeways Surgery';
// Rasterised as a printer would, without anti-aliasing (splash's smoothing of module edges is not
// what ink does), and read in windows a little larger than a code: jsQR finds one code per image,
// and on a whole page its finder search is thrown by columns of text.
const RESOLUTIONS = [100, 150, 200];
const WINDOW_MM = 100;
const STEP_MM = 12.5;
const MM_PER_INCH = 25.4;
/** pdfinfo's page sizes in points, to the nearest point. */
const PAGE_POINTS = { A4: [595, 842], A3: [842, 1191] } as const;

const work = mkdtempSync(join(tmpdir(), 'kiosk-poster-'));

function dataDir(name: string, languages: object): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const settings = { practice: { name: PRACTICE, nation: 'england' }, links: { review: REVIEW, complaints: COMPLAINTS }, languages };
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings));
  return dir;
}

function poster(args: string[]): void {
  const run = spawnSync(process.execPath, ['scripts/poster.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`npm run poster ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
}

function locale(code: string): { slides: Record<string, { headline: string }>; rules: { title: string } } {
  return JSON.parse(readFileSync(join(root, 'locales', code, 'kiosk.json'), 'utf8'));
}

/** Text compared without spaces, joiners and bidi marks: pdftotext splits Arabic-script words. */
const squeeze = (text: string) => text.normalize('NFKC').replace(/[\s\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g, '');

function headlinesIn(pdf: string, code: string): string[] {
  const text = squeeze(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  return Object.entries(locale(code).slides)
    .filter(([, slide]) => text.includes(squeeze(slide.headline)))
    .map(([id]) => id);
}

interface FoundCode {
  readonly data: string;
  /** The symbol's width on paper, without the quiet zone. */
  readonly widthMm: number;
}

/**
 * Every code on the page, searched from the bottom (the posters') or the top (the leaflet's).
 * Like a phone that refocuses, it tries again at a finer resolution when one was missed: jsQR
 * misses a clean code now and then when its modules fall between pixels.
 */
function codesOn(pdf: string, from: 'top' | 'bottom' = 'bottom'): FoundCode[] {
  let found: FoundCode[] = [];
  for (const dpi of RESOLUTIONS) {
    found = codesAt(pdf, from, dpi);
    if (found.length >= 2) break;
  }
  return found;
}

function codesAt(pdf: string, from: 'top' | 'bottom', dpi: number): FoundCode[] {
  const prefix = join(work, `page-${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', ['-aa', 'no', '-aaVector', 'no', '-r', String(dpi), '-png', '-singlefile', pdf, prefix]);
  const page = PNG.sync.read(readFileSync(`${prefix}.png`));
  const px = (mm: number) => Math.round((mm / MM_PER_INCH) * dpi);
  const [win, step] = [px(WINDOW_MM), px(STEP_MM)];
  const rows: number[] = [];
  for (let y = 0; y + win <= page.height; y += step) rows.push(y);
  if (from === 'bottom') rows.reverse();
  const found = new Map<string, FoundCode>();
  for (const y of rows) {
    for (let x = 0; x + win <= page.width && found.size < 2; x += step) {
      const part = new PNG({ width: win, height: win });
      PNG.bitblt(page, part, x, y, win, win, 0, 0);
      const code = jsQR(new Uint8ClampedArray(part.data), win, win, { inversionAttempts: 'dontInvert' });
      // jsQR sometimes "reads" an empty code in a patch of text: only real addresses count.
      if (code?.data) found.set(code.data, { data: code.data, widthMm: ((code.location.topRightCorner.x - code.location.topLeftCorner.x) / dpi) * MM_PER_INCH });
    }
    if (found.size === 2) break;
  }
  return [...found.values()];
}

function pdfPage(pdf: string): { pages: number; points: [number, number] } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), points: [Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))] };
}

function expectPoster(pdf: string, size: 'A4' | 'A3', lang: string, minimumHeadlines: number, beside?: string): void {
  expect(pdfPage(pdf)).toEqual({ pages: 1, points: PAGE_POINTS[size] });
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(PRACTICE);
  // The rules in the language asked for (Arabic script extracts unevenly: most, not all).
  expect(headlinesIn(pdf, lang).length, `${lang} rules in ${pdf}`).toBeGreaterThanOrEqual(minimumHeadlines);
  // English appears only when it was asked for beside the language, and for the law slide, which
  // stays in English until a translator has checked it (settings' lawSlideInEnglishUntilChecked).
  if (lang !== 'en') expect(headlinesIn(pdf, 'en')).toEqual(beside === 'en' ? Object.keys(locale('en').slides) : ['abuse-law']);
  const codes = codesOn(pdf);
  expect(codes.map((c) => c.data).sort()).toEqual([COMPLAINTS, REVIEW].sort());
  // Read from 40 cm: a symbol at least a tenth of that wide.
  for (const code of codes) expect(code.widthMm, code.data).toBeGreaterThanOrEqual(40);
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-if-needed.ts'], { cwd: root, stdio: 'ignore' });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run poster', () => {
  it('makes a pack: an A4 poster per language shown and the desk leaflet', () => {
    const out = join(work, 'pack');
    poster(['--pack', '--out', out, '--data-dir', dataDir('pack', { default: 'en', shown: ['en', 'ar', 'ur', 'zh-Hans'], mode: 'single' })]);
    expectPoster(join(out, 'poster-en-A4.pdf'), 'A4', 'en', 10);
    expectPoster(join(out, 'poster-ar-A4.pdf'), 'A4', 'ar', 4);
    expectPoster(join(out, 'poster-ur-A4.pdf'), 'A4', 'ur', 3);
    expectPoster(join(out, 'poster-zh-Hans-A4.pdf'), 'A4', 'zh-Hans', 9);
    const leaflet = join(out, 'leaflet-en-A4.pdf');
    expect(pdfPage(leaflet)).toEqual({ pages: 1, points: PAGE_POINTS.A4 });
    const leafletCodes = codesOn(leaflet, 'top');
    expect(leafletCodes.map((c) => c.data).sort()).toEqual([COMPLAINTS, REVIEW].sort());
    for (const code of leafletCodes) expect(code.widthMm).toBeGreaterThanOrEqual(40);
  }, 240_000);

  it('makes Welsh beside English at A4 and A3, and Urdu at A3', () => {
    const dir = dataDir('wales', { default: 'cy', shown: ['cy', 'en'], mode: 'wales' });
    for (const size of ['A4', 'A3'] as const) {
      const pdf = join(work, `cy-en-${size}.pdf`);
      poster(['--lang', 'cy', '--beside-english', '--size', size, '--out', pdf, '--data-dir', dir]);
      expectPoster(pdf, size, 'cy', 9, 'en');
    }
    const urdu = join(work, 'ur-A3.pdf');
    poster(['--lang', 'ur', '--size', 'A3', '--out', urdu, '--data-dir', dir]);
    expectPoster(urdu, 'A3', 'ur', 3);
  }, 240_000);

  it('refuses a language the kiosk does not speak, saying why', { timeout: 30_000 }, () => {
    const run = spawnSync(process.execPath, ['scripts/poster.ts', '--lang', 'xx', '--out', join(work, 'x.pdf')], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"xx" is not one of the kiosk\'s languages');
  });
});
