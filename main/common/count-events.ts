// What the kiosk counts, and nothing else: each journey screen opened and each QR code shown,
// per language, per day (main/core/counts.ts). Host-free, so the page sends only these names.
export const COUNT_EVENTS = [
  'screen-menu',
  'screen-review',
  'screen-complaint',
  'screen-contact',
  'screen-rules',
  'screen-language',
  'qr-review',
  'qr-complaint',
  'qr-contact',
] as const;

export type CountEvent = (typeof COUNT_EVENTS)[number];

export function isCountEvent(value: unknown): value is CountEvent {
  return typeof value === 'string' && (COUNT_EVENTS as readonly string[]).includes(value);
}
