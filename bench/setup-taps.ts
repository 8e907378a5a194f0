// The first set-up at the kiosk, by touch, counting every tap: PIN, practice name,
// nation, review and complaints links, Polish and Urdu, a flu notice for Fridays and Saturdays
// in December with a Polish translation, Saturday hours, remote admin with its password.
// A benchmark, not a test: `node scripts/build-if-needed.ts && node bench/setup-taps.ts`.
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium.ts';
import { startKioskServer } from '../e2e/support/kiosk-server.ts';
import { holdCorner, tapPin, typeOnScreen } from '../e2e/support/admin-steps.ts';

const PIN = '246810';

async function run(page: Page, url: string): Promise<number> {
  let taps = 0;
  const tap = async (locator: ReturnType<Page['locator']>) => {
    await locator.click();
    taps += 1;
  };
  const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
  const type = async (text: string) => (taps += await typeOnScreen(page, text));
  const section = (name: string) => tap(page.getByRole('navigation').getByRole('button', { name, exact: true }));

  await page.goto(url);
  taps += await holdCorner(page);
  taps += await tapPin(page, PIN);
  taps += await tapPin(page, PIN);

  await tap(page.getByLabel('Practice name'));
  await tap(keyboard.getByRole('button', { name: 'Clear' }));
  await type('Threeways Surgery');
  await page.getByLabel('Nation').selectOption('wales'); // a select: open it, choose
  taps += 2;

  await section('Links');
  await tap(page.getByLabel('Review page', { exact: true }));
  await tap(keyboard.getByRole('button', { name: 'Clear' }));
  await type('https://www.nhs.uk/services/gp-surgery/threeways/W12345');
  await tap(page.getByLabel('Complaints form (optional)'));
  await type('https://www.threewayssurgery.nhs.uk/complaints');

  await section('Languages');
  await tap(page.getByRole('checkbox', { name: 'Offer Polish' }));
  await tap(page.getByRole('checkbox', { name: 'Offer Urdu' }));

  await section('Notices');
  await tap(page.getByRole('button', { name: 'Add a notice' }));
  await type('Flu clinic');
  await tap(page.getByLabel('Text', { exact: true }));
  await type('Walk in 9am to 1pm.');
  await tap(page.getByRole('checkbox', { name: 'Friday' }));
  await tap(page.getByRole('checkbox', { name: 'Saturday' }));
  for (const [legend, day] of [
    ['First day (optional)', '1'],
    ['Last day (optional)', '31'],
  ] as const) {
    for (const [box, digits] of [
      ['Day', day],
      ['Month', '12'],
      ['Year', '2026'],
    ] as const) {
      await tap(page.getByRole('group', { name: legend }).getByLabel(box));
      await type(digits);
    }
  }
  await tap(page.getByLabel('Title in Polish'));
  await type('Szczepienia na grypę w sobotę');
  await tap(page.getByLabel('Text in Polish'));
  await type('Bez zapisów, 9–13.');

  await section('Opening hours');
  await tap(page.getByLabel('Go dark outside opening hours'));
  await tap(page.getByLabel('Open on Saturday'));
  const saturdayCloses = page.locator('section-hours admin-field[path="openingHours.week.sat.close"]');
  await tap(saturdayCloses.getByLabel('Hour'));
  await tap(keyboard.getByRole('button', { name: 'Clear' }));
  await type('13');

  await section('Remote admin');
  await tap(page.getByLabel('Allow remote admin from the practice network'));
  await tap(page.getByRole('button', { name: 'Save changes' }));
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await tap(page.getByLabel('Remote admin password'));
  await type('correct horse battery');
  await tap(page.getByLabel('Your staff PIN, to confirm'));
  await type(PIN);
  await tap(page.getByRole('button', { name: 'Set password' }));
  await page.getByText('The password is set.').waitFor();
  await tap(page.getByRole('button', { name: 'Sign out and close' }));
  await page.locator('admin-shell').waitFor({ state: 'detached' });
  return taps;
}

const server = await startKioskServer({ args: ['--remote-port', '0'] });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const started = Date.now();
  const taps = await run(page, server.url);
  const seconds = (Date.now() - started) / 1000;
  const saved = (await (await fetch(`${server.url}api/config`)).json()) as { notices: { translations: { pl?: { title: string } } }[] };
  console.log(`set-up by touch: ${taps} taps (${seconds.toFixed(0)} s scripted); Polish title saved as "${saved.notices[0]?.translations.pl?.title}"`);
} finally {
  await browser.close();
  await server.stop();
}
