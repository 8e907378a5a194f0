// The kiosk's health as Prometheus text (exposition format 0.0.4), so a group watches its
// screens with the monitoring it already runs. Pure: the route gathers the figures.
import type { DisplayState, RendererCrash, StorageFigures } from './kiosk-health.ts';
import type { GroupStatus } from './group-poller.ts';

export interface KioskFigures {
  readonly version: string;
  readonly nowMs: number;
  readonly startedAtMs: number;
  readonly settings: { revision: string; source: string; problem: boolean; changes: number; changedAtMs: number };
  readonly group: GroupStatus;
  readonly storage: StorageFigures | null;
  readonly lastCrash: RendererCrash | null;
  readonly display: DisplayState;
}

type Labels = Record<string, string>;

const DISPLAY_STATES: readonly DisplayState[] = ['on', 'off-schedule', 'failed'];

export function kioskMetrics(f: KioskFigures): string {
  const out: string[] = [];
  const metric = (name: string, type: 'gauge' | 'counter', help: string, samples: Array<[Labels, number]>) => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of samples) out.push(`${name}${labelText(labels)} ${formatNumber(value)}`);
  };
  const seconds = (ms: number) => ms / 1000;
  // Settings came from the group when the revision in force is the one the group last wrote.
  const origin = f.group.appliedRevision !== null && f.group.appliedRevision === f.settings.revision ? 'group' : 'local';

  metric('kiosk_info', 'gauge', 'The kiosk software version.', [[{ version: f.version }, 1]]);
  metric('kiosk_uptime_seconds', 'gauge', 'Seconds since the kiosk started.', [[{}, seconds(f.nowMs - f.startedAtMs)]]);
  metric('kiosk_settings_info', 'gauge', 'The settings in force: revision, where they were read from, and who set them.', [
    [{ revision: f.settings.revision, source: f.settings.source, origin }, 1],
  ]);
  metric('kiosk_settings_problem', 'gauge', '1 when settings.json could not be used and the kiosk runs on an older version or the defaults.', [[{}, f.settings.problem ? 1 : 0]]);
  metric('kiosk_settings_changes_total', 'counter', 'Settings changes since start (staff saves, group updates, hand edits).', [[{}, f.settings.changes]]);
  metric('kiosk_settings_changed_timestamp_seconds', 'gauge', 'When the settings last changed (or the kiosk started).', [[{}, seconds(f.settings.changedAtMs)]]);
  metric('kiosk_group_settings_state', 'gauge', 'Group settings: 1 for the current state (off, pending, ok, failing).', (['off', 'pending', 'ok', 'failing'] as const).map((s) => [{ state: s }, f.group.state === s ? 1 : 0]));
  if (f.group.lastSuccessAt) metric('kiosk_group_settings_last_success_timestamp_seconds', 'gauge', 'When the group settings were last fetched and applied.', [[{}, seconds(Date.parse(f.group.lastSuccessAt))]]);
  if (f.storage) {
    metric('kiosk_storage_free_bytes', 'gauge', 'Free space where the kiosk keeps its data.', [[{}, f.storage.freeBytes]]);
    metric('kiosk_storage_size_bytes', 'gauge', 'Size of the file system where the kiosk keeps its data.', [[{}, f.storage.totalBytes]]);
  }
  metric('kiosk_renderer_last_crash_timestamp_seconds', 'gauge', 'When the page last crashed or failed (0: not since start).', [[{}, f.lastCrash ? seconds(f.lastCrash.at) : 0]]);
  metric('kiosk_display_state', 'gauge', 'The screen: 1 for the current state (on, off-schedule = closed by opening hours, failed).', DISPLAY_STATES.map((s) => [{ state: s }, f.display === s ? 1 : 0]));
  return `${out.join('\n')}\n`;
}

function labelText(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : 'NaN';
}
