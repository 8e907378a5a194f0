// Runs the Electron kiosk by starting its binary on this repository (package.json "main" is the
// bundle in dist/main). Starting a binary is not loading the electron module: nothing here
// downloads anything.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const appRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function launchElectron(executable: string, args: readonly string[]): void {
  const child = spawn(executable, [appRoot, ...args], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.once('SIGINT', forward('SIGINT'));
  process.once('SIGTERM', forward('SIGTERM'));
  child.once('error', (error) => {
    console.error(`Cannot start Electron (${executable}): ${error.message}`);
    process.exit(1);
  });
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
