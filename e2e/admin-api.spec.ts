// Reception configuration through the admin API, on the real Node host, seen in Chromium.
import { test, expect } from './support/fixtures.ts';
import { signIn } from './support/admin-client.ts';
import { WEEKDAYS } from '../main/common/weekdays.ts';
import { startKioskServer } from './support/kiosk-server.ts';

const PIN = '482916';
// The page's clock is set to a Wednesday morning (page.clock, local time) in the tests that
// depend on the day or the hour, so they cannot fail late at night or on a day's last minute.
const WEDNESDAY_MORNING = new Date(2026, 2, 4, 10, 0);
const today = WEEKDAYS[(WEDNESDAY_MORNING.getDay() + 6) % 7]!;

test.describe('notices and opening hours', () => {
  test.use({ kioskSettings: { practice: { name: 'Threeways Test Surgery' }, display: { dwellSeconds: 5, slides: ['intro'] } } });

  test('a notice added through the API joins the display within two seconds, and comes round', async ({ page, kiosk, pageProblems }) => {
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide')).toHaveCount(1);
    const admin = await signIn(kiosk.url, '/pin', { pin: PIN });
    const saved = await admin.update((s) => {
      s.notices = [{ id: 'flu', title: 'Flu clinic on Saturday <b>9am</b>', body: 'Walk in from 9am to 1pm. No appointment needed.' }];
    });
    expect(saved.status).toBe(200);
    const notice = page.locator('kiosk-slide[data-slide="notice:flu"]');
    await expect(notice).toHaveCount(1, { timeout: 2000 });
    await expect(notice.locator('h2')).toHaveText('Flu clinic on Saturday <b>9am</b>');
    await expect(notice.locator('.label')).toHaveText('Practice notice');
    // One built-in slide and one notice: the rotation reaches the notice after one dwell.
    await expect(page.locator('slide-show')).toHaveAttribute('data-current-slide', 'notice:flu', { timeout: 8000 });
    expect(pageProblems.consoleErrors).toEqual([]);
    expect(await pageProblems.cspViolations()).toEqual([]);
  });

  test('a notice outside its dates or days does not show', async ({ page, kiosk }) => {
    await page.clock.install({ time: WEDNESDAY_MORNING });
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide')).toHaveCount(1);
    const admin = await signIn(kiosk.url, '/pin', { pin: PIN });
    const otherDay = WEEKDAYS.find((d) => d !== today)!;
    const saved = await admin.update((s) => {
      s.notices = [
        { id: 'past', title: 'Last winter', body: '', endDate: '2020-01-31' },
        { id: 'future', title: 'Next century', body: '', startDate: '2099-01-01' },
        { id: 'other-day', title: 'Not today', body: '', days: [otherDay] },
        { id: 'now', title: 'Today', body: '', startDate: '2020-01-01', endDate: '2099-12-31', days: [today] },
      ];
    });
    expect(saved.status).toBe(200);
    // The live one arriving proves the page took the save; the others must not be there with it.
    await expect(page.locator('kiosk-slide[data-slide="notice:now"]')).toHaveCount(1, { timeout: 2000 });
    await expect(page.locator('kiosk-slide')).toHaveCount(2);
    for (const id of ['past', 'future', 'other-day']) await expect(page.locator(`kiosk-slide[data-slide="notice:${id}"]`)).toHaveCount(0);
  });

  test('outside opening hours the display goes dark and still, and comes back when open', async ({ page, kiosk, pageProblems }) => {
    await page.clock.install({ time: WEDNESDAY_MORNING });
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide')).toHaveCount(1);
    const admin = await signIn(kiosk.url, '/pin', { pin: PIN });
    // Open every day but today.
    const week = Object.fromEntries(WEEKDAYS.filter((d) => d !== today).map((d) => [d, { open: '00:00', close: '23:59' }]));
    expect((await admin.update((s) => (s.openingHours = { enabled: true, week }))).status).toBe(200);
    const closed = page.locator('closed-screen');
    await expect(closed).toBeVisible({ timeout: 2000 });
    await expect(closed).toContainText('The practice is closed');
    await expect(closed).toContainText('Threeways Test Surgery');
    await expect(page.locator('slide-show')).toHaveCount(0);
    expect(await closed.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');

    const allWeek = Object.fromEntries(WEEKDAYS.map((d) => [d, { open: '00:00', close: '23:59' }]));
    expect((await admin.update((s) => (s.openingHours = { enabled: true, week: allWeek }))).status).toBe(200);
    await expect(page.locator('kiosk-slide')).toHaveCount(1, { timeout: 2000 });
    await expect(closed).toHaveCount(0);
    expect(pageProblems.consoleErrors).toEqual([]);
  });
});

test('remote admin: the desk signs in with the password and saves over real HTTP', async ({ page }) => {
  const kiosk = await startKioskServer({ settings: { remoteAdmin: { enabled: true } }, args: ['--remote-port', '0'] });
  try {
    const onKiosk = await signIn(kiosk.url, '/pin', { pin: PIN });
    const password = 'front desk password';
    expect((await onKiosk.request('/remote-password', { method: 'PUT', json: { pin: PIN, password } })).status).toBe(204);
    const [, host, port] = await kiosk.waitForLine(/^Remote admin http:\/\/([\d.]+):(\d+)\/admin\/$/);
    // The address is for signed-in staff: the signed-out status says only what sign-in needs.
    const status = (await (await onKiosk.request('/status')).json()) as { remote: { url: string } };
    expect(status.remote.url).toBe(`http://${host}:${port}/admin/`);

    // Listening on all interfaces; loopback reaches it on any machine.
    const desk = `http://127.0.0.1:${port}/`;
    for (const path of ['', 'api/config', 'api/health', 'api/locales']) expect((await fetch(`${desk}${path}`)).status, path).toBe(404);
    expect((await fetch(`${desk}api/admin/pin`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"pin":"111111"}' })).status).toBe(404);
    await expect(signIn(desk, '/session', { password: 'not the password' })).rejects.toThrow('401');
    const fromDesk = await signIn(desk, '/session', { password });
    await page.goto(kiosk.url);
    expect((await fromDesk.update((s) => (s.practice.name = 'Saved From The Desk'))).status).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved From The Desk', { timeout: 2000 });

    // Turning remote admin off closes the listener, live.
    expect((await onKiosk.update((s) => (s.remoteAdmin.enabled = false))).status).toBe(200);
    await kiosk.waitForLine(/^Remote admin off$/);
    await expect(fetch(`${desk}api/admin/status`)).rejects.toThrow();
  } finally {
    await kiosk.stop();
  }
});

test('export from one kiosk, check and import on another, and its display follows', async ({ page }) => {
  const from = await startKioskServer({ settings: { practice: { name: 'Exporting Surgery' }, notices: [{ id: 'flu', title: 'Flu clinic', body: 'Saturday' }] } });
  const to = await startKioskServer();
  try {
    const source = await signIn(from.url, '/pin', { pin: PIN });
    const exported = await source.request('/export');
    expect(exported.headers.get('Content-Disposition')).toContain('attachment');
    const file = await exported.text();
    expect(file).not.toMatch(/salt|scrypt|"hash"/);

    const target = await signIn(to.url, '/pin', { pin: '731904' });
    const checked = await target.request('/settings/check', { method: 'POST', body: file, headers: { 'Content-Type': 'application/json' } });
    expect(checked.status).toBe(200);
    expect(((await checked.json()) as { settings: { practice: { name: string } } }).settings.practice.name).toBe('Exporting Surgery');
    await page.goto(to.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your GP practice');

    const { revision } = (await (await target.request('/settings')).json()) as { revision: string };
    const imported = await target.request('/settings', { method: 'PUT', body: file, headers: { 'Content-Type': 'application/json', 'If-Match': `"${revision}"` } });
    expect(imported.status).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exporting Surgery', { timeout: 2000 });
    await expect(page.locator('kiosk-slide[data-slide="notice:flu"]')).toHaveCount(1);
  } finally {
    await Promise.all([from.stop(), to.stop()]);
  }
});

test('five wrong PINs over HTTP lock the pad, even against the right PIN', async ({ kiosk }) => {
  await signIn(kiosk.url, '/pin', { pin: PIN });
  const attempt = (pin: string) =>
    fetch(`${kiosk.url}api/admin/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ pin }) });
  for (let i = 0; i < 4; i++) expect((await attempt('000000')).status).toBe(401);
  const fifth = await attempt('000000');
  expect(fifth.status).toBe(429);
  expect(Number(fifth.headers.get('Retry-After'))).toBeGreaterThan(25);
  expect((await attempt(PIN)).status).toBe(429);
  const status = (await (await fetch(`${kiosk.url}api/admin/status`)).json()) as { lockedUntil: string | null };
  expect(Date.parse(status.lockedUntil ?? '')).toBeGreaterThan(Date.now());
});
