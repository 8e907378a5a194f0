// Builds the page when dist/ is missing or older than its sources, so `npm run serve` and
// `npm start` always show what is in the tree without rebuilding every time.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const SOURCES = ['renderer', 'locales', 'main/common', 'vite.config.ts', 'package.json'];
const OUTPUT = 'dist/renderer/index.html';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (!existsSync(OUTPUT) || Math.max(...SOURCES.map(newest)) > statSync(OUTPUT).mtimeMs) {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
