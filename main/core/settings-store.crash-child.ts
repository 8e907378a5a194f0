// Saves settings through SettingsStore in an endless loop, saying "saved <n>" after each, until
// it is killed. settings-store.crash.test.ts kills it with SIGKILL mid-stream.
import { SettingsStore } from './settings-store.ts';
import { silentLogger } from './logger.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: settings-store.crash-child.ts <data dir>');
const store = await SettingsStore.open(dir, silentLogger);
for (let n = 1; ; n++) {
  const result = await store.save({ practice: { name: `Save ${n}` }, notices: [{ id: `n${n}`, title: `Notice ${n}`, body: 'x'.repeat(n % 280) }] }, undefined);
  if (!result.ok) throw new Error(`save ${n} failed: ${result.reason}`);
  process.stdout.write(`saved ${n}\n`);
}
