// Keeps the display awake during opening hours and lets it sleep outside them, following the
// settings as they change (display-sleep.ts decides).
import { powerMonitor, powerSaveBlocker } from 'electron';
import { delayUntil, displaySleepPlan } from '../../core/kiosk/display-sleep.ts';
import type { SettingsStore } from '../../core/settings-store.ts';
import type { Logger } from '../../core/logger.ts';

export function manageDisplaySleep(store: SettingsStore, log: Logger): () => void {
  let blocker: number | undefined;
  let timer: NodeJS.Timeout | undefined;

  const apply = () => {
    const now = new Date();
    const plan = displaySleepPlan(store.current().settings, now);
    if (plan.keepAwake && blocker === undefined) {
      blocker = powerSaveBlocker.start('prevent-display-sleep');
      log.info('display kept awake (open)');
    } else if (!plan.keepAwake && blocker !== undefined) {
      powerSaveBlocker.stop(blocker);
      blocker = undefined;
      log.info('display may sleep (closed)');
    }
    clearTimeout(timer);
    timer = setTimeout(apply, delayUntil(plan.checkAgainAt, now));
  };

  const unsubscribe = store.subscribe(apply);
  // Timers drift while the machine sleeps; look again on waking.
  powerMonitor.on('resume', apply);
  apply();
  return () => {
    unsubscribe();
    powerMonitor.off('resume', apply);
    clearTimeout(timer);
    if (blocker !== undefined) powerSaveBlocker.stop(blocker);
  };
}
