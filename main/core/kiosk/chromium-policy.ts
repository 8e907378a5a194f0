// Whether Chromium's managed policy locks the fallback kiosk down: `npm start` compares what is
// installed with packaging/linux/chromium-kiosk-policy.json and refuses to run unlocked unless
// told (--unlocked). Pure: the host reads the files.
import { basename } from 'node:path';

/** Where each Linux Chromium-family browser reads its mandatory policies, by executable name. */
export function managedPolicyDir(browserPath: string): string {
  const name = basename(browserPath);
  if (name.startsWith('google-chrome')) return '/etc/opt/chrome/policies/managed';
  if (name.startsWith('microsoft-edge')) return '/etc/opt/edge/policies/managed';
  if (name === 'chromium-browser') return '/etc/chromium-browser/policies/managed';
  return '/etc/chromium/policies/managed';
}

/**
 * The policies that differ from the kiosk's: each names what is missing or set otherwise. The
 * installed files are merged as Chromium merges them (later keys do not matter here: any file
 * setting a policy to the kiosk's value is enough, so a practice may split them over files).
 */
export function missingPolicies(installed: readonly Record<string, unknown>[], wanted: Record<string, unknown>): string[] {
  return Object.entries(wanted)
    .filter(([name, value]) => !installed.some((file) => JSON.stringify(file[name]) === JSON.stringify(value)))
    .map(([name]) => name);
}

export function policyRefusal(dir: string, missing: readonly string[]): string | undefined {
  if (missing.length === 0) return undefined;
  return (
    `Chromium's kiosk policy is not in place (${dir}: ${missing.length > 4 ? `${missing.slice(0, 4).join(', ')} and ${missing.length - 4} more` : missing.join(', ')}), ` +
    `so keys could open other windows, files and settings. Install it as root: ` +
    `sudo install -D -m 644 packaging/linux/chromium-kiosk-policy.json ${dir}/waiting-room-kiosk.json ` +
    `(or start with --unlocked to try the kiosk without it, never in a waiting room).`
  );
}
