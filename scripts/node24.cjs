#!/usr/bin/env node
// Runs an npm script's command under Node 24 even where the machine's Node is older (Debian 12
// ships Node 20, which cannot run main/'s TypeScript). Plain CommonJS JavaScript on purpose: it
// must itself run on the old Node. Where Node is older than 24 it fetches Node 24 once from the
// npm registry (the `node` package carries the official binary, as .ci/run does) into
// ~/.cache/waiting-room-kiosk/node24 (KIOSK_NODE_DIR overrides), says so in one line, and runs
// the command with that Node first on PATH, so every `node`, `npx` and tool below it uses it.
//
//   node scripts/node24.cjs "<shell command>" [extra args npm passed after --]
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, to run on any Node */
const { spawn, spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { homedir } = require('node:os');
const { delimiter, join } = require('node:path');

const NEEDED_MAJOR = 24;
const [command, ...extra] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/node24.cjs "<command>" [args...]');
  process.exit(2);
}

const windows = process.platform === 'win32';
const quote = (arg) => (windows ? `"${arg.replace(/"/g, '""')}"` : `'${arg.replace(/'/g, "'\\''")}'`);
const line = [command, ...extra.map(quote)].join(' ');
const env = { ...process.env };

if (Number(process.versions.node.split('.')[0]) < NEEDED_MAJOR) {
  const dir = process.env.KIOSK_NODE_DIR || join(homedir(), '.cache', 'waiting-room-kiosk', 'node24');
  const bin = join(dir, 'node_modules', 'node', 'bin');
  const node = join(bin, windows ? 'node.exe' : 'node');
  if (!existsSync(node)) {
    console.log(`This machine's Node is ${process.version}; the kiosk needs Node ${NEEDED_MAJOR}: fetching it once from the npm registry into ${dir}`);
    const install = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `node@${NEEDED_MAJOR}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
      shell: windows,
    });
    if (install.status !== 0 || !existsSync(node)) {
      console.error(`Could not fetch Node ${NEEDED_MAJOR} (npm install node@${NEEDED_MAJOR} failed). Install Node ${NEEDED_MAJOR} yourself (https://nodejs.org/) and run this again.`);
      process.exit(1);
    }
  }
  env.PATH = `${bin}${delimiter}${env.PATH ?? ''}`;
  // npm passes scripts the Node that runs npm itself; point that at Node 24 too.
  env.npm_node_execpath = node;
}

// Its own process group, so a signal sent to this wrapper (systemd, npm, Ctrl+C) reaches the
// whole command and not only the shell that runs it.
const child = spawn(line, { stdio: 'inherit', shell: true, env, detached: !windows });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    try {
      if (windows) child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  });
}
child.once('error', (error) => {
  console.error(error.message);
  process.exit(1);
});
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 128 + 15 : 1)));
