// `npm run bench`: every figure for the kiosk beside the same figure for a plain-HTML baseline,
// measured in the same run, printed as a table and written as JSON to bench-results/.
// --quick shortens every phase (for trying the benchmark out, not for figures to quote).
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { startSubjects } from './subjects.ts';
import { measureStartUp } from './measure-start-up.ts';
import { measureIdle } from './measure-idle.ts';
import { measureMemory } from './measure-memory.ts';
import { measureTransfer } from './measure-transfer.ts';
import { measureSave, measureSettingsShown } from './measure-settings.ts';
import { formatTable, type Row } from './report.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'idle-seconds': { type: 'string' },
    transitions: { type: 'string' },
  },
});
const quick = values.quick;
const idleSeconds = Number(values['idle-seconds'] ?? (quick ? 15 : 60));
const transitions = Number(values.transitions ?? (quick ? 1000 : 10_000));
const startRuns = quick ? 2 : 5;

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

const subjects = await startSubjects();
const both = [subjects.kiosk, subjects.baseline];
const rows: Row[] = [];
try {
  log(`start-up, ${startRuns} runs each`);
  const start = await measureStartUp(both, startRuns);
  rows.push({ figure: 'Start-up to first slide painted (ms, median)', kiosk: start.kiosk!, baseline: start.baseline!, target: { ratioAtMost: 1.5 } });

  log(`idle rotation for ${idleSeconds} s`);
  const idle = await measureIdle(both, idleSeconds);
  rows.push({ figure: 'Idle CPU: renderer task time (ms per minute)', kiosk: idle.kiosk!.taskMsPerMinute, baseline: idle.baseline!.taskMsPerMinute, target: { ratioAtMost: 1.5 } });
  rows.push({ figure: 'Idle CPU: script time (ms per minute)', kiosk: idle.kiosk!.scriptMsPerMinute, baseline: idle.baseline!.scriptMsPerMinute });
  rows.push({ figure: 'Long tasks during idle rotation', kiosk: idle.kiosk!.longTasks, baseline: idle.baseline!.longTasks, target: { atMost: 0 } });

  log(`memory over ${transitions} transitions`);
  const memory = await measureMemory(both, transitions, 10);
  const k = memory.kiosk!;
  const b = memory.baseline!;
  const mb = (bytes: number) => bytes / 1024 / 1024;
  rows.push({ figure: 'JS heap after GC at 100 transitions (MB)', kiosk: mb(k.at100.heapBytes), baseline: mb(b.at100.heapBytes) });
  rows.push({ figure: `JS heap growth, 100 to ${transitions} transitions (MB)`, kiosk: mb(k.atN.heapBytes - k.at100.heapBytes), baseline: mb(b.atN.heapBytes - b.at100.heapBytes), target: { below: 1 } });
  rows.push({ figure: 'DOM nodes at 100 transitions', kiosk: k.at100.nodes, baseline: b.at100.nodes });
  rows.push({ figure: `DOM node growth, 100 to ${transitions}`, kiosk: k.atN.nodes - k.at100.nodes, baseline: b.atN.nodes - b.at100.nodes, target: { atMost: 0 } });
  rows.push({ figure: 'Event listeners at 100 transitions', kiosk: k.at100.listeners, baseline: b.at100.listeners });
  rows.push({ figure: `Event listener growth, 100 to ${transitions}`, kiosk: k.atN.listeners - k.at100.listeners, baseline: b.atN.listeners - b.at100.listeners, target: { atMost: 0 } });

  log('transfer at start');
  const [kt, bt] = [await measureTransfer(subjects.kiosk), await measureTransfer(subjects.baseline)];
  const kb = (bytes: number) => bytes / 1024;
  rows.push({ figure: 'Initial JavaScript, gzipped (KB)', kiosk: kb(kt.script.gzipBytes), baseline: kb(bt.script.gzipBytes + bt.document.gzipBytes), target: { below: 60 }, note: 'baseline: its whole HTML page' });
  rows.push({ figure: 'Initial CSS, gzipped (KB)', kiosk: kb(kt.stylesheet.gzipBytes), baseline: 0 });
  rows.push({ figure: `Fonts loaded at start (KB, ${kt.font.files} files)`, kiosk: kb(kt.font.bytes), baseline: kb(bt.font.bytes) });
  rows.push({ figure: `Locales and API at start, gzipped (KB, ${kt.other.files} requests)`, kiosk: kb(kt.other.gzipBytes), baseline: kb(bt.other.gzipBytes) });

  log('settings');
  const save = await measureSave(quick ? 10 : 30);
  rows.push({ figure: 'Validate and save settings (ms, median)', kiosk: save.storeSaveMs, baseline: save.plainWriteMs, note: 'baseline: bare writeFile' });
  const shown = await measureSettingsShown(subjects, quick ? 3 : 5);
  rows.push({ figure: 'Settings file change to display painted (ms, median)', kiosk: shown.displayedMs, baseline: shown.eventMs, target: { below: 2000 }, note: 'baseline: page hears the change' });
} finally {
  await subjects.close();
}

const table = formatTable(rows);
process.stdout.write(`${table}\n`);
const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
  options: { quick, idleSeconds, transitions, startRuns },
  rows,
};
await mkdir('bench-results', { recursive: true });
const file = `bench-results/bench-${result.date.replace(/[:.]/g, '-')}.json`;
await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
log(`written ${file}`);
