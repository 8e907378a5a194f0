// Tries a wrong PIN five times through the kiosk's lock-out, says "answered <n>" after each answer,
// then waits to be killed. lockout.crash.test.ts kills it with SIGKILL right after the fifth.
import { openAdminServices } from './admin-services.ts';
import { TRIES_BEFORE_LOCK } from './lockout.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: lockout.crash-child.ts <data dir>');
const services = await openAdminServices(dir, { scryptCost: { N: 2 ** 10, r: 8, p: 1 } });
for (let n = 1; n <= TRIES_BEFORE_LOCK; n++) {
  await services.lockouts.kiosk.attempt(() => services.credentials.verifyPin('000000'));
  process.stdout.write(`answered ${n}\n`);
}
setInterval(() => undefined, 60_000);
