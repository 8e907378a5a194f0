// The one test of a web address the kiosk will send patients to. Its own file, free of zod, so
// the page can check an address before drawing a QR code without bundling the schema.

export function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}
