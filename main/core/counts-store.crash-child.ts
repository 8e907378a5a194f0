// Counts through CountsStore as fast as it can, flushing on its timer, and says "flushed <total>"
// after each write lands, until it is killed. counts-store.crash.test.ts kills it with SIGKILL.
import { CountsStore } from './counts-store.ts';
import { totalOf } from './counts.ts';
import { silentLogger } from './logger.ts';

const dir = process.argv[2];
const flushMs = Number(process.argv[3] ?? 1000);
if (!dir) throw new Error('usage: counts-store.crash-child.ts <data dir> [flush ms]');
const store = await CountsStore.open(dir, silentLogger, { enabled: () => true, flushMs });
const languages = ['en', 'pl', 'ur', 'ar', 'cy'];
for (let n = 0; ; n++) {
  const before = totalOf(store.current());
  store.record(languages[n % languages.length]!, n % 3 === 0 ? 'qr-review' : 'screen-menu');
  // Every so often wait for the write in progress, then report what is on disk.
  if (n % 50 === 49) {
    await store.flush();
    process.stdout.write(`flushed ${before + 1}\n`);
  } else {
    await new Promise((resolve) => setImmediate(resolve));
  }
}
