// Picks up hand edits to settings.json while the kiosk runs. Editors save in bursts (truncate,
// write, rename), so changes are settled for a moment before the file is read again.
import { watch, type FSWatcher } from 'node:fs';
import type { SettingsStore } from './settings-store.ts';
import type { Logger } from './logger.ts';

export function watchSettingsFile(dir: string, store: SettingsStore, log: Logger, settleMs = 300): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, (_event, name) => {
      if (name !== 'settings.json') return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        store.reload().catch((error: unknown) => log.error('settings reload failed', { error: String(error) }));
      }, settleMs);
    });
  } catch (error) {
    log.warn('cannot watch the settings folder; hand edits need a restart', { error: String(error) });
    return () => {};
  }
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
