// `npm run package -- <electron-builder targets>`: builds the page and the Electron bundle, then
// the installers into release/. E.g. `npm run package -- --linux deb --arm64`, `-- --win`.
import { spawnSync } from 'node:child_process';
import { electronBuilderArgs } from './package-args.ts';

const shell = process.platform === 'win32';
for (const [command, args] of [
  ['npm', ['run', 'build']],
  ['npx', ['electron-builder', ...electronBuilderArgs(process.argv.slice(2), process.env)]],
] as const) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
