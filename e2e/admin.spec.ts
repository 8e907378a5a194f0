import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures.ts';
import { fontsUsedBy } from './support/fonts.ts';
import { displayHeading, holdCorner, setPinByApi, signInWithPin, tapPin, typeOnScreen } from './support/admin-steps.ts';

// The reception-desk listener takes any free port, so parallel tests never collide.
process.env.KIOSK_REMOTE_PORT = '0';

const PIN = '246810';
const isoDay = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// Whatever a test does, the page logs no error and breaks no CSP rule. Chromium itself logs every
// refused request; the refusals these tests provoke (wrong PIN, stale save, locked pad) are
// answers the page handles, so only those statuses are let through.
const EXPECTED_REFUSAL = /^Failed to load resource: the server responded with a status of (401|412|422|429) /;
test.beforeEach(({ pageProblems }) => void pageProblems); // set up before the page loads
test.afterEach(async ({ pageProblems }) => {
  expect(pageProblems.consoleErrors.filter((e) => !EXPECTED_REFUSAL.test(e))).toEqual([]);
  expect(await pageProblems.cspViolations()).toEqual([]);
});

test.describe('reception staff on the kiosk', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('a short touch in the corner does nothing; a five-second hold opens the PIN pad', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await expect(displayHeading(page)).toHaveText('Your GP practice');
    await page.mouse.move(40, 40);
    await page.mouse.down();
    await page.waitForTimeout(2_000);
    await page.mouse.up();
    await expect(page.locator('admin-shell')).toHaveCount(0);
    await holdCorner(page);
    await expect(page.getByRole('heading', { name: 'Set a PIN' })).toBeVisible();
  });

  test('first use: set a PIN, rename the practice on the on-screen keyboard, add a dated notice; the display shows both', async ({ page, kiosk }, testInfo) => {
    test.setTimeout(180_000); // about 70 taps, each a real click, on a shared machine
    await page.goto(kiosk.url);
    let taps = await holdCorner(page);
    await expect(page.getByRole('heading', { name: 'Set a PIN' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('1-set-pin.png') });
    taps += await tapPin(page, PIN);
    await expect(page.getByRole('heading', { name: 'Enter the same PIN again' })).toBeVisible();
    taps += await tapPin(page, PIN);

    // Practice name, typed on the on-screen keyboard.
    await page.getByLabel('Practice name').click();
    taps += 1;
    const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
    await expect(keyboard).toBeVisible();
    await keyboard.getByRole('button', { name: 'Clear' }).click();
    taps += 1;
    const nameTaps = await typeOnScreen(page, 'Threeways Surgery');
    taps += nameTaps;
    await keyboard.getByRole('button', { name: 'Done' }).click();
    taps += 1;
    await expect(keyboard).toHaveCount(0);
    await expect(page.locator('slide-preview').first()).toContainText('Threeways Surgery');
    await page.screenshot({ path: testInfo.outputPath('2-practice.png') });

    // A notice from today for a week, typed on the on-screen keyboard too.
    await page.getByRole('button', { name: 'Notices' }).click();
    await page.getByRole('button', { name: 'Add a notice' }).click();
    taps += 2;
    await expect(keyboard).toBeVisible(); // the new notice's title has focus
    taps += await typeOnScreen(page, 'Flu clinic on Saturday');
    await page.getByLabel('Text', { exact: true }).click();
    taps += 1 + (await typeOnScreen(page, 'Walk in 9am to 1pm.'));
    // Dates are day, month and year boxes, typed on the on-screen keyboard's digits.
    for (const [legend, iso] of [
      ['First day (optional)', isoDay(0)],
      ['Last day (optional)', isoDay(7)],
    ] as const) {
      const [year, month, day] = iso.split('-');
      for (const [box, digits] of [
        ['Day', String(Number(day))],
        ['Month', String(Number(month))],
        ['Year', year!],
      ] as const) {
        await page.getByRole('group', { name: legend }).getByLabel(box).click();
        taps += 1 + (await typeOnScreen(page, digits));
      }
    }
    await expect(page.getByRole('group', { name: 'First day (optional)' }).getByLabel('Year')).toHaveValue(isoDay(0).slice(0, 4));
    await keyboard.getByRole('button', { name: 'Done' }).click();
    taps += 1;
    await expect(page.locator('slide-preview')).toContainText('Flu clinic on Saturday');
    await page.screenshot({ path: testInfo.outputPath('3-notice.png') });

    await page.getByRole('button', { name: 'Save changes' }).click();
    taps += 1;
    const saved = Date.now();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(displayHeading(page)).toHaveText('Threeways Surgery', { timeout: 2_000 });
    const config = await (await fetch(`${kiosk.url}api/config`)).json();
    expect(config.notices).toEqual([expect.objectContaining({ title: 'Flu clinic on Saturday', startDate: isoDay(0), endDate: isoDay(7) })]);
    await expect(page.locator('slide-show kiosk-slide').filter({ hasText: 'Flu clinic on Saturday' })).toHaveCount(1, { timeout: Math.max(1, 2_000 - (Date.now() - saved)) });

    await page.getByRole('button', { name: 'Sign out and close' }).click();
    taps += 1;
    await expect(page.locator('admin-shell')).toHaveCount(0);
    testInfo.annotations.push({ type: 'taps', description: `${taps} taps to set the PIN, rename the practice (${nameTaps} on the keyboard) and add a dated notice` });
    console.log(`receptionist taps: ${taps} (name on the keyboard: ${nameTaps})`);
    // The session is over: the admin API refuses the old cookie.
    expect((await page.request.get(`${kiosk.url}api/admin/settings`)).status()).toBe(401);
  });

  test('five wrong PINs lock the pad with a countdown', async ({ page, kiosk }) => {
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await holdCorner(page);
    for (const left of [4, 3, 2, 1]) {
      await tapPin(page, '111111');
      await expect(page.getByRole('alert').filter({ hasText: `${left} ${left === 1 ? 'try' : 'tries'} left` })).toBeVisible();
    }
    await tapPin(page, '111111');
    await expect(page.getByRole('alert').filter({ hasText: /Too many wrong tries\. Try again in 0:(30|29)/ })).toBeVisible();
    await expect(page.locator('pin-pad').getByRole('button', { name: '1', exact: true })).toBeDisabled();
    // Even the right PIN is refused while locked.
    expect((await fetch(`${kiosk.url}api/admin/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ pin: PIN }) })).status).toBe(429);
  });

  test('a bad value is explained beside its field and cannot be saved', async ({ page, kiosk }) => {
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await signInWithPin(page, PIN);
    await page.getByRole('button', { name: 'Links' }).click();
    const review = page.getByLabel('Review page', { exact: true });
    await review.fill('http://example.nhs.uk');
    await expect(review).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Change http:// to https:// at the start')).toBeVisible();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toContainText('Please correct 1 thing before saving');
    expect((await (await fetch(`${kiosk.url}api/config`)).json()).links.review).toMatch(/^https:/);
  });

  test('Links warns while the review code is still the general Find a GP search, until the practice page is set', async ({ page, kiosk }) => {
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await signInWithPin(page, PIN);
    await page.getByRole('button', { name: 'Links' }).click();
    const warning = page.locator('section-links .set-up-warning');
    await expect(warning).toContainText('Find a GP');
    await page.getByLabel('Review page', { exact: true }).fill('https://www.nhs.uk/services/gp-surgery/threeways-surgery/A81001');
    await expect(warning).toHaveCount(0);
  });

  test('the preview measures the real slide: text that cannot fit even at the smallest size is flagged', async ({ page, kiosk }) => {
    // Within the schema's limits English text always fits a single-language slide, so the
    // measuring itself is driven here with text beyond them, in the real components.
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await signInWithPin(page, PIN);
    const measure = (body: string) =>
      page.evaluate(async (text) => {
        const preview = document.createElement('slide-preview') as HTMLElement & { headline: string; body: string; measured(): Promise<boolean> };
        preview.headline = 'Flu clinic';
        preview.body = text;
        document.body.append(preview);
        const overflows = await preview.measured();
        const warned = preview.shadowRoot!.textContent!.includes('too long to fit');
        preview.remove();
        return { overflows, warned };
      }, body);
    expect(await measure('Walk in from 9am to 1pm. No appointment needed.')).toEqual({ overflows: false, warned: false });
    expect(await measure('Walk in from 9am to 1pm. '.repeat(200))).toEqual({ overflows: true, warned: true });
  });

  test('a save based on an old version is refused in plain words, and their changes can be loaded', async ({ page, kiosk }) => {
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await signInWithPin(page, PIN);
    await page.getByLabel('Practice name').fill('My Change Surgery');
    // Meanwhile someone else saves.
    await kiosk.writeSettings({ practice: { name: 'Their Change Surgery' } });
    await expect(displayHeading(page)).toHaveText('Their Change Surgery');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toHaveText('Someone else saved changes while you were editing, so your changes have not been saved.');
    expect((await (await fetch(`${kiosk.url}api/config`)).json()).practice.name).toBe('Their Change Surgery');
    await page.getByRole('button', { name: 'Load their changes' }).click();
    await page.getByRole('button', { name: 'Use theirs for these' }).click();
    await expect(page.getByLabel('Practice name')).toHaveValue('Their Change Surgery');
  });

  test('export, then import the file after a change: the import shows what it changes and puts it back', async ({ page, kiosk }) => {
    await kiosk.writeSettings({ practice: { name: 'Exported Surgery' }, display: { dwellSeconds: 20 } });
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await expect(displayHeading(page)).toHaveText('Exported Surgery');
    await signInWithPin(page, PIN);
    await page.getByRole('button', { name: 'Export and import' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download settings file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kiosk-settings-.*\.json$/);
    const file = await download.path();
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text).practice.name).toBe('Exported Surgery');
    expect(text).not.toMatch(/scrypt|salt|password|"pin"/i);

    await kiosk.writeSettings({ practice: { name: 'Changed Later Surgery' } });
    await expect(displayHeading(page)).toHaveText('Changed Later Surgery');
    await page.getByRole('button', { name: 'Practice' }).click();
    await page.getByRole('button', { name: 'Export and import' }).click();
    await page.getByLabel('Choose a settings file').setInputFiles(file);
    await expect(page.getByText('Importing would change 2 settings:')).toBeVisible();
    await expect(page.locator('settings-changes')).toContainText('Practice name: Changed Later Surgery → Exported Surgery');
    await page.getByRole('button', { name: 'Apply these settings' }).click();
    await expect(displayHeading(page)).toHaveText('Exported Surgery', { timeout: 2_000 });
    expect((await (await fetch(`${kiosk.url}api/config`)).json()).display.dwellSeconds).toBe(20);
  });

  test('an import that is not valid is explained and changes nothing', async ({ page, kiosk }, testInfo) => {
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await signInWithPin(page, PIN);
    await page.getByRole('button', { name: 'Export and import' }).click();
    const bad = testInfo.outputPath('bad-settings.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(bad, JSON.stringify({ practice: { name: 'X' }, display: { dwellSeconds: 2 } })));
    await page.getByLabel('Choose a settings file').setInputFiles(bad);
    await expect(page.getByRole('alert').filter({ hasText: 'That file cannot be used:' })).toBeVisible();
    await expect(page.getByText('Seconds each message stays on screen: At least 5 seconds')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Apply these settings' })).toHaveCount(0);
  });

  test('history: one line per save in words; an earlier version can be viewed and, once confirmed, put back', async ({ page, kiosk }, testInfo) => {
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await signInWithPin(page, PIN);
    for (const name of ['First Name Surgery', 'Second Name Surgery']) {
      await page.getByLabel('Practice name').fill(name);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(displayHeading(page)).toHaveText(name, { timeout: 2_000 });
    }
    await page.getByRole('button', { name: 'History' }).click();
    const versions = page.locator('section-history li:not(.detail)');
    await expect(versions).toHaveCount(2);
    await expect(versions.nth(0)).toContainText(/^\s*Practice name changed to “Second Name Surgery”, at the kiosk, \d+ \w{3} \d\d:\d\d \(on the display now\)/);
    await versions.nth(1).getByRole('button', { name: 'View' }).click();
    await expect(page.locator('settings-changes')).toContainText('Second Name Surgery → First Name Surgery');
    await page.getByRole('button', { name: 'Put this version back' }).click();
    // Nothing changes until staff confirm.
    await expect(displayHeading(page)).toHaveText('Second Name Surgery');
    await page.screenshot({ path: testInfo.outputPath('history.png') });
    await page.getByRole('button', { name: 'Yes, put it back' }).click();
    await expect(displayHeading(page)).toHaveText('First Name Surgery', { timeout: 2_000 });
    await expect(page.getByRole('status')).toHaveText('That version is back on the display.');
  });
});

test.describe('reception staff at the desk', () => {
  test('remote admin: set a password on the kiosk, then sign in from a browser and save', async ({ page, browser, kiosk }) => {
    test.setTimeout(90_000);
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await signInWithPin(page, PIN);
    await page.getByRole('button', { name: 'Remote admin' }).click();
    await page.getByLabel('Allow remote admin from the practice network').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.getByLabel('Remote admin password').fill('correct horse battery');
    await page.getByLabel('Your staff PIN, to confirm').fill(PIN);
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(page.getByText('The password is set.')).toBeVisible();
    const address = page.locator('section-remote .address');
    await expect(address).toHaveText(/^http:\/\/.+\/admin\/$/);
    await expect(page.getByRole('img', { name: 'QR code for the remote admin address' })).toBeVisible();
    const remoteUrl = (await address.textContent())!.replace(/\/\/[^:/]+:/, '//127.0.0.1:');

    const desk = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await desk.goto(remoteUrl);
    await expect(desk.getByRole('heading', { name: 'Sign in to the kiosk' })).toBeVisible();
    // Enter signs in, and a wrong password is called a password.
    await desk.getByLabel('Remote admin password').fill('wrong horse battery');
    await desk.getByLabel('Remote admin password').press('Enter');
    await expect(desk.getByRole('alert')).toHaveText('That password is not right. 4 tries left.');
    await desk.getByLabel('Remote admin password').fill('correct horse battery');
    await desk.getByLabel('Remote admin password').press('Enter');
    await expect(desk.getByRole('button', { name: 'Sign out' })).toBeVisible();
    // No on-screen keyboard at the desk: it has a real one.
    await desk.getByLabel('Practice name').click();
    await expect(desk.getByRole('group', { name: 'On-screen keyboard' })).toHaveCount(0);
    await desk.getByLabel('Practice name').fill('Desk Edit Surgery');
    await desk.getByRole('button', { name: 'Save changes' }).click();
    await expect(displayHeading(page)).toHaveText('Desk Edit Surgery', { timeout: 2_000 });
    // Translation status comes from the kiosk at the desk too (/admin/api/locales).
    await desk.getByRole('button', { name: 'Languages', exact: true }).click();
    await expect(desk.locator('section-languages')).toContainText('Source text');
    await expect(desk.locator('section-languages')).toContainText('Draft, not yet checked by a qualified translator');
    // Only the admin pages are reachable from the network.
    expect((await desk.request.get(remoteUrl.replace('/admin/', '/'))).status()).toBe(404);
    await desk.close();
    // Turned off and saved on the kiosk, the section says so at once, without leaving it.
    await page.getByLabel('Allow remote admin from the practice network').uncheck();
    await page.getByRole('button', { name: 'Save changes' }).click();
    // The desk saved meanwhile (another setting): both are kept.
    await page.getByRole('button', { name: 'Load their changes' }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    expect((await (await fetch(`${kiosk.url}api/config`)).json()).practice.name).toBe('Desk Edit Surgery');
    await expect(page.getByText('Remote admin is off.')).toBeVisible();
    await expect(address).toHaveCount(0);
    // The password can be shown to check it.
    await page.getByLabel('Remote admin password').fill('typed to check');
    await page.getByRole('button', { name: 'Show what I typed' }).first().click();
    await expect(page.getByLabel('Remote admin password')).toHaveAttribute('type', 'text');
  });
});

test.describe('left alone', () => {
  test('the rotation holds while the admin screen is open, and the screen closes itself after two minutes untouched', async ({ page, kiosk }) => {
    await setPinByApi(kiosk.url, PIN);
    await page.clock.install();
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('data-slide', 'intro');
    await page.mouse.move(40, 40);
    await page.mouse.down();
    await page.clock.runFor(5_100);
    await page.mouse.up();
    await expect(page.getByRole('heading', { name: 'Enter the staff PIN' })).toBeVisible();
    await tapPin(page, PIN);
    await expect(page.getByRole('navigation', { name: 'Settings sections' })).toBeVisible();
    await page.clock.runFor(60_000); // five dwell times
    await expect(page.locator('admin-shell')).toBeAttached();
    expect(await page.locator('slide-show').getAttribute('data-current-slide')).toBe('intro');
    await page.clock.runFor(61_000);
    await expect(page.locator('admin-shell')).toHaveCount(0);
    // The session ended with it, and the display carries on.
    expect((await page.request.get(`${kiosk.url}api/admin/settings`)).status()).toBe(401);
    await page.clock.runFor(12_500);
    await expect(page.locator('slide-show')).not.toHaveAttribute('data-current-slide', 'intro');
  });
});

test.describe('busy typing', () => {
  test('while staff keep touching the screen, it keeps their session open on the server', async ({ page, kiosk }) => {
    await setPinByApi(kiosk.url, PIN);
    await page.clock.install();
    await page.goto(kiosk.url);
    await page.mouse.move(40, 40);
    await page.mouse.down();
    await page.clock.runFor(5_100);
    await page.mouse.up();
    await tapPin(page, PIN);
    await page.getByLabel('Practice name').click();
    const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
    // Typing alone makes no request; after half a minute of it, the next touch renews the session.
    await page.clock.runFor(31_000);
    const renewal = page.waitForRequest((r) => r.url().endsWith('/api/admin/settings') && r.method() === 'GET');
    await keyboard.getByRole('button', { name: 'a', exact: true }).click();
    expect((await (await renewal).response())?.status()).toBe(200);
  });
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  test.describe(`screenshots ${size.width}x${size.height}`, () => {
    test.use({ viewport: size, reducedMotion: 'reduce', kioskSettings: { practice: { name: 'Threeways Surgery' }, notices: [{ id: 'flu', title: 'Flu clinic on Saturday', body: 'Walk in 9am to 1pm.' }] } });

    test('PIN pad, practice with keyboard, notices, languages, saved as artefacts', async ({ page, kiosk }, testInfo) => {
      await setPinByApi(kiosk.url, PIN);
      await page.goto(kiosk.url);
      await holdCorner(page);
      await page.locator('pin-pad').getByRole('button', { name: '2', exact: true }).click();
      await page.screenshot({ path: testInfo.outputPath('pin-pad.png') });
      await page.locator('pin-pad').getByRole('button', { name: 'Delete the last digit' }).click();
      await tapPin(page, PIN);
      await page.getByLabel('Practice name').click();
      await page.screenshot({ path: testInfo.outputPath('practice-keyboard.png') });
      await page.getByRole('group', { name: 'On-screen keyboard' }).getByRole('button', { name: 'Done' }).click();
      for (const section of ['Notices', 'Slides', 'Languages', 'Links']) {
        await page.getByRole('button', { name: section, exact: true }).click();
        if (section === 'Notices') await page.getByRole('button', { name: 'Edit “Flu clinic on Saturday”' }).click();
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: testInfo.outputPath(`${section.toLowerCase()}.png`) });
      }
    });
  });
}

test.describe('a notice in another language', () => {
  const URDU = { title: 'فلو ویکسین کلینک', body: 'ہفتہ، صبح 9 بجے سے دوپہر 1 بجے تک۔' };
  test.use({
    viewport: { width: 1920, height: 1080 },
    kioskSettings: { languages: { default: 'en', shown: ['en', 'ur'] }, notices: [{ id: 'flu', title: 'Flu clinic', body: 'Saturday 9am to 1pm.', translations: { ur: URDU } }] },
  });

  test('the notice shows as Urdu patients see it: their label, right to left, in Nastaliq', async ({ page, kiosk }, testInfo) => {
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await signInWithPin(page, PIN);
    await page.getByRole('button', { name: 'Notices', exact: true }).click();
    await page.getByRole('button', { name: 'Edit “Flu clinic”' }).click();
    await expect(page.getByRole('heading', { name: 'As patients who choose Urdu see it' })).toBeVisible();
    const slide = page.locator('slide-preview[key="notice:flu:ur"] kiosk-slide').first();
    await expect(slide).toHaveAttribute('lang', 'ur');
    await expect(slide).toHaveAttribute('dir', 'rtl');
    await expect(slide.locator('h2')).toHaveText(URDU.title);
    await expect(slide.locator('p.label')).toHaveText('پریکٹس کا اعلان');
    await page.evaluate(() => document.fonts.ready);
    await expect
      .poll(async () => (await fontsUsedBy(page, slide.locator('h2'))).filter((f) => f.glyphCount > 0).map((f) => f.familyName))
      .toEqual(['Noto Nastaliq Urdu']);
    await slide.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('notice-in-urdu.png') });
  });
});

test.describe('accessibility', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, kioskSettings: { notices: [{ id: 'flu', title: 'Flu clinic', body: 'Saturday 9am to 1pm.' }] } });

  test('every staff section passes axe at WCAG 2.2 AA, errors shown included', async ({ page, kiosk }) => {
    test.setTimeout(300_000); // twelve full scans; slow when the machine is shared
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await holdCorner(page);
    const scan = async (where: string) => {
      const result = await new AxeBuilder({ page }).include({ fromShadowDom: ['kiosk-app', 'admin-shell'] }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await scan('PIN pad');
    await tapPin(page, PIN);
    await page.getByLabel('Practice name').fill('');
    await expect(page.getByText('Enter the practice name')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Practice\W+has something to correct$/ })).toBeVisible();
    for (const section of ['Practice', 'Links', 'Nation details', 'Slides', 'Notices', 'Languages', 'Opening hours', 'Patient screens', 'Remote admin', 'Security', 'History', 'Export and import']) {
      // A section with a problem is announced as such: "Practice, has something to correct".
      await page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${section}\\b`) }).click();
      if (section === 'Notices') await page.getByRole('button', { name: 'Edit “Flu clinic”' }).click();
      await scan(section);
    }
  });
});
