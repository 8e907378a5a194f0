// A bad day for the disk, end to end: the real host started on a small tmpfs that is read-only
// (as worn SD cards turn) or full. The display shows the practice's slides, staff can sign in and
// see why saving is refused, saves answer 503 saying why, and /api/health says degraded.
// Mounting needs root (CI runs as root); elsewhere the tests skip, saying why.
import { test, expect } from './support/fixtures.ts';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startKioskServer, type KioskServer } from './support/kiosk-server.ts';
import { signIn } from './support/admin-client.ts';
import { signInWithPin } from './support/admin-steps.ts';
import { hashSecret } from '../main/core/credentials.ts';
import { mountTmpfs, tmpfsSkipReason, type Tmpfs } from '../main/core/tmpfs-fixture.ts';

const PIN = '135790';
const NAME = 'Threeways Bad Day Surgery';

const badDays = [
  { name: 'read-only', says: /read-only/, spoil: (d: Tmpfs) => d.readOnly() },
  { name: 'full', says: /full/, spoil: (d: Tmpfs) => d.fill() },
] as const;

test.describe('a bad data disk', () => {
  test.skip(tmpfsSkipReason !== undefined, tmpfsSkipReason ?? '');

  for (const day of badDays) {
    test(`${day.name}: the display shows slides, staff sign in and see why saving is refused, health says degraded`, async ({ page, pageProblems }) => {
      test.setTimeout(90_000);
      const disk = await mountTmpfs();
      let kiosk: KioskServer | undefined;
      try {
        // As a kiosk leaves it: a PIN set, and a hand edit of settings.json not yet in history.
        await writeFile(join(disk.dir, 'credentials.json'), JSON.stringify({ pin: await hashSecret(PIN) }));
        await writeFile(join(disk.dir, 'settings.json'), JSON.stringify({ practice: { name: NAME }, display: { slides: ['intro', 'photos'] } }));
        await day.spoil(disk);
        kiosk = await startKioskServer({ dataDir: disk.dir });

        await page.goto(kiosk.url);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
        await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('data-slide', 'intro');

        const health = (await (await fetch(`${kiosk.url}api/health`)).json()) as { status: string; reason: string };
        expect(health.status).toBe('degraded');
        expect(health.reason).toMatch(day.says);

        const wrong = await fetch(`${kiosk.url}api/admin/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ pin: '000000' }) });
        expect(wrong.status).toBe(401);
        const staff = await signIn(kiosk.url, '/session', { pin: PIN });
        const save = await staff.update((settings) => (settings.practice.name = 'Never stored'));
        expect(save.status).toBe(503);
        const problem = (await save.json()) as { detail: string };
        expect(problem.detail).toMatch(day.says);
        expect(problem.detail).toContain('not saved');
        expect(problem.detail).not.toContain(disk.dir);

        await signInWithPin(page, PIN);
        await expect(page.getByRole('alert').filter({ hasText: 'Changes cannot be saved' })).toContainText(day.says);
        expect(pageProblems.consoleErrors).toEqual([]);
      } finally {
        await kiosk?.stop();
        await disk.dispose();
      }
    });
  }
});
