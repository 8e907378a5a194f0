// The README's quick start on a machine whose Node is older than 24 (Debian 12's Node 20): a fresh
// copy of the repository, that old Node first on PATH, `npm run serve` must still serve the kiosk,
// because scripts/node24.cjs runs it under Node 24. npm ci is not repeated here (minutes, and the
// network): the copy borrows this checkout's node_modules and built page.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));

function oldNode(): string | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(candidate)) continue;
    const major = Number(execFileSync(candidate, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }));
    if (major < 24) return candidate;
  }
  return undefined;
}

const old = oldNode();
const cache = process.env.KIOSK_NODE_DIR ?? join(homedir(), '.cache', 'waiting-room-kiosk', 'node24');
const skipReason = !old
  ? 'no Node older than 24 on this machine to start from'
  : !existsSync(join(repo, 'dist/renderer/index.html'))
    ? 'the page is not built (npm run build)'
    : !existsSync(join(cache, 'node_modules/node/bin/node')) && !process.env.CI
      ? `no Node 24 in ${cache} and fetching it is left to CI`
      : undefined;

let copy: string | undefined;
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe.skipIf(skipReason)(`the quick start with an old Node first on PATH${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  it('npm run serve runs the kiosk under Node 24 and serves it', async () => {
    copy = mkdtempSync(join(tmpdir(), 'kiosk-fresh-clone-'));
    for (const file of execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean)) {
      if (!existsSync(join(repo, file))) continue;
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(repo, file), join(copy, file));
    }
    symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
    // Copied after the sources, so it is newer and build-if-needed leaves it.
    cpSync(join(repo, 'dist'), join(copy, 'dist'), { recursive: true });

    const PATH = `${dirname(old!)}:${process.env.PATH}`;
    const child = spawn('npm', ['run', 'serve', '--', '--port', '0', '--data-dir', join(copy, 'kiosk-data')], {
      cwd: copy,
      env: { ...process.env, PATH, npm_node_execpath: old, NODE: old },
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', () => {
          const match = /Serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`npm run serve exited (${code}) before serving:\n${output}`)));
      });
      const health = (await (await fetch(`${url}api/health`)).json()) as { status: string };
      expect(health.status).toMatch(/ok|degraded/);
      expect(output).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
    } finally {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }, 120_000);
});
