// Builds the page, and the Electron host's bundle, when missing or older than their sources, so
// `npm run serve` and `npm start` always run what is in the tree without rebuilding every time.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const TARGETS = [
  { output: 'dist/renderer/index.html', sources: ['renderer', 'locales', 'main/common', 'vite.config.ts', 'package.json'], args: [] },
  { output: 'dist/main/main.cjs', sources: ['main', 'vite.electron.config.ts', 'package.json'], args: ['--config', 'vite.electron.config.ts'] },
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

// Test files that need dist/ may call this at the same moment; one builds, the others wait
// (a build empties its output folder first). A lock left by a killed build expires.
const LOCK = 'dist/.build-lock';
function lock(): void {
  mkdirSync('dist', { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      if (Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 120_000) rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

lock();
try {
  for (const { output, sources, args } of TARGETS) {
    if (existsSync(output) && Math.max(...sources.map(newest)) <= statSync(output).mtimeMs) continue;
    const result = spawnSync('npx', ['vite', 'build', ...args, '--logLevel', 'warn'], { stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.status !== 0) process.exitCode = result.status ?? 1;
    if (process.exitCode) break;
  }
} finally {
  rmSync(LOCK, { recursive: true, force: true });
}
