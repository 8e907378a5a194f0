// `npm run package -- <electron-builder targets>`: builds the page and the Electron bundle, then
// the installers into release/. E.g. `npm run package -- --linux deb --arm64`, `-- --win`.
// Offline, it says in one line what it needs (scripts/package-offline.ts) instead of failing
// on a download with a stack trace.
import { spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { electronBuilderArgs } from './package-args.ts';
import { OFFLINE_NEEDS, isNetworkFailure, packagePrerequisiteProblem } from './package-offline.ts';

const shell = process.platform === 'win32';
const electronCache = process.env.ELECTRON_CACHE ?? join(homedir(), '.cache', 'electron');
const problem = packagePrerequisiteProblem({
  electronDist: process.env.KIOSK_ELECTRON_DIST || process.env.ELECTRON_OVERRIDE_DIST_PATH,
  electronZipCached: existsSync(electronCache) && readdirSync(electronCache, { recursive: true }).some((name) => /electron-v[\d.]+-.*\.zip$/.test(String(name))),
  downloadsReachable: await Promise.race([
    lookup('github.com').then(() => true, () => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
  ]),
});
if (problem) {
  console.error(problem);
  process.exit(1);
}

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell });
if (build.status !== 0) process.exit(build.status ?? 1);
// electron-builder's output is kept until it ends, so that a failed download can be told in one line.
const pack = spawnSync('npx', ['electron-builder', ...electronBuilderArgs(process.argv.slice(2), process.env)], { shell, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const output = `${pack.stdout ?? ''}${pack.stderr ?? ''}`;
if (pack.status !== 0 && isNetworkFailure(output)) {
  console.error(`Packaging stopped on a download (${/getaddrinfo \S+ \S+|E[A-Z]{4,} \S*/.exec(output)?.[0] ?? 'network error'}). ${OFFLINE_NEEDS}`);
  process.exit(1);
}
process.stdout.write(output);
process.exit(pack.status ?? 1);
