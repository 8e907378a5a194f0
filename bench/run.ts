// `npm run bench`: every figure for the kiosk beside the same figure for a plain-HTML baseline,
// measured in the same run, printed as a table and written as JSON to bench-results/.
// --quick shortens every phase (for trying the benchmark out, not for figures to quote);
// --only start-up,idle,memory,touch,transfer,settings runs some phases.
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { startSubjects, type Subjects } from './subjects.ts';
import { measureStartUp } from './measure-start-up.ts';
import { measureIdle } from './measure-idle.ts';
import { measureMemory } from './measure-memory.ts';
import { measureTransfer } from './measure-transfer.ts';
import { measureSave, measureSettingsShown } from './measure-settings.ts';
import { measureTouch } from './measure-touch.ts';
import { formatTable, type Row } from './report.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'idle-seconds': { type: 'string' },
    transitions: { type: 'string' },
    only: { type: 'string' },
  },
});
const quick = values.quick;
const options = {
  quick,
  idleSeconds: Number(values['idle-seconds'] ?? (quick ? 15 : 60)),
  transitions: Number(values.transitions ?? (quick ? 1000 : 10_000)),
  startRuns: quick ? 2 : 5,
  saveRuns: quick ? 10 : 30,
  showRuns: quick ? 3 : 5,
  touchRuns: quick ? 10 : 40,
};

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const mb = (bytes: number) => bytes / 1024 / 1024;
const kb = (bytes: number) => bytes / 1024;

type Phase = (subjects: Subjects) => Promise<Row[]>;

const phases: Record<string, Phase> = {
  'start-up': async ({ kiosk, baseline }) => {
    log(`start-up, ${options.startRuns} runs each`);
    const start = await measureStartUp([kiosk, baseline], options.startRuns);
    return [{ figure: 'Start-up to first slide painted (ms, median)', kiosk: start.kiosk!, baseline: start.baseline!, target: { ratioAtMost: 1.5 } }];
  },
  idle: async ({ kiosk, baseline }) => {
    log(`idle rotation: ${options.idleSeconds} s from start, then ${options.idleSeconds} s after one full rotation`);
    const idle = await measureIdle([kiosk, baseline], options.idleSeconds);
    const [k, b] = [idle.kiosk!, idle.baseline!];
    return [
      { figure: 'Idle CPU, first minute: renderer task time (ms per minute)', kiosk: k.firstMinute.taskMsPerMinute, baseline: b.firstMinute.taskMsPerMinute },
      { figure: 'Idle CPU, all day: renderer task time (ms per minute)', kiosk: k.afterRotation.taskMsPerMinute, baseline: b.afterRotation.taskMsPerMinute, target: { ratioAtMost: 1.5 } },
      { figure: 'Idle CPU, all day: script time (ms per minute)', kiosk: k.afterRotation.scriptMsPerMinute, baseline: b.afterRotation.scriptMsPerMinute },
      {
        figure: 'Long tasks during idle rotation (both windows)',
        kiosk: k.firstMinute.longTasks + k.afterRotation.longTasks,
        baseline: b.firstMinute.longTasks + b.afterRotation.longTasks,
        target: { atMost: 0 },
      },
    ];
  },
  memory: async ({ kiosk, baseline }) => {
    const n = options.transitions;
    log(`memory over ${n} transitions`);
    const memory = await measureMemory([kiosk, baseline], n, 10);
    const [k, b] = [memory.kiosk!, memory.baseline!];
    return [
      { figure: 'JS heap after GC at 100 transitions (MB)', kiosk: mb(k.at100.heapBytes), baseline: mb(b.at100.heapBytes) },
      { figure: `JS heap growth, 100 to ${n} transitions (MB)`, kiosk: mb(k.atN.heapBytes - k.at100.heapBytes), baseline: mb(b.atN.heapBytes - b.at100.heapBytes), target: { below: 1 } },
      { figure: 'DOM nodes at 100 transitions', kiosk: k.at100.nodes, baseline: b.at100.nodes },
      { figure: `DOM node growth, 100 to ${n}`, kiosk: k.atN.nodes - k.at100.nodes, baseline: b.atN.nodes - b.at100.nodes, target: { atMost: 0 } },
      { figure: 'Event listeners at 100 transitions', kiosk: k.at100.listeners, baseline: b.at100.listeners },
      { figure: `Event listener growth, 100 to ${n}`, kiosk: k.atN.listeners - k.at100.listeners, baseline: b.atN.listeners - b.at100.listeners, target: { atMost: 0 } },
    ];
  },
  touch: async ({ kiosk, baseline }) => {
    log(`touch, ${options.touchRuns} taps each`);
    const touch = await measureTouch(kiosk, baseline, options.touchRuns);
    const [k, b] = [touch.kiosk, touch.baseline];
    return [
      { figure: 'Tap to review QR painted (ms, median)', kiosk: k.qr.median, baseline: b.qr.median },
      { figure: 'Tap to review QR painted (ms, p95)', kiosk: k.qr.p95, baseline: b.qr.p95, target: { below: 100 } },
      { figure: 'Language switch to new text painted (ms, median)', kiosk: k.language.median, baseline: b.language.median },
      { figure: 'Language switch to new text painted (ms, p95)', kiosk: k.language.p95, baseline: b.language.p95, target: { below: 100 } },
    ];
  },
  transfer: async ({ kiosk, baseline }) => {
    log('transfer at start');
    const k = await measureTransfer(kiosk);
    const b = await measureTransfer(baseline);
    return [
      { figure: 'Initial JavaScript, gzipped (KB)', kiosk: kb(k.script.gzipBytes), baseline: kb(b.script.gzipBytes + b.document.gzipBytes), target: { below: 60 }, note: 'baseline: its whole HTML page' },
      { figure: 'Initial CSS, gzipped (KB)', kiosk: kb(k.stylesheet.gzipBytes), baseline: kb(b.stylesheet.gzipBytes) },
      { figure: `Fonts loaded at start (KB, ${k.font.files} files)`, kiosk: kb(k.font.bytes), baseline: kb(b.font.bytes) },
      { figure: `Locales and API at start, gzipped (KB, ${k.other.files} requests)`, kiosk: kb(k.other.gzipBytes), baseline: kb(b.other.gzipBytes) },
    ];
  },
  settings: async (subjects) => {
    log('settings');
    const save = await measureSave(options.saveRuns);
    const shown = await measureSettingsShown(subjects, options.showRuns);
    return [
      { figure: 'Validate and save settings (ms, median)', kiosk: save.storeSaveMs, baseline: save.plainWriteMs, note: 'baseline: bare writeFile' },
      { figure: 'Settings file change to display painted (ms, median)', kiosk: shown.displayedMs, baseline: shown.eventMs, target: { below: 2000 }, note: 'baseline: page hears the change' },
    ];
  },
};

const chosen = values.only ? values.only.split(',') : Object.keys(phases);
for (const name of chosen) if (!phases[name]) throw new Error(`unknown phase "${name}"; phases: ${Object.keys(phases).join(', ')}`);

const subjects = await startSubjects();
const rows: Row[] = [];
try {
  for (const name of chosen) rows.push(...(await phases[name]!(subjects)));
} finally {
  await subjects.close();
}

process.stdout.write(`${formatTable(rows)}\n`);
const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
  options,
  rows,
};
await mkdir('bench-results', { recursive: true });
const file = `bench-results/bench-${result.date.replace(/[:.]/g, '-')}.json`;
await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
log(`written ${file}`);
