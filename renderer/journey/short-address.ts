// The address written under a QR code, for a patient who would rather type it: host and path,
// without "https://", "www." kept (people expect it), no trailing slash, query kept.
export function shortAddress(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '');
  return `${parsed.host}${path}${parsed.search}${parsed.hash}`;
}
