// Builds the page once if it is missing or stale, so `npm run test:e2e` works on its own.
import { execFileSync } from 'node:child_process';

export default function globalSetup(): void {
  execFileSync(process.execPath, ['scripts/build-if-needed.ts'], { stdio: 'inherit' });
}
