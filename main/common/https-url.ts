// The one test of a web address the kiosk will send patients to. Its own file, free of zod, so
// the page can check an address before drawing a QR code without bundling the schema.

/** What is wrong with a web address for patients, in words staff can act on; undefined if nothing. */
export function httpsUrlProblem(value: string): string | undefined {
  const text = value.trim();
  if (/^http:\/\//i.test(text)) return 'Change http:// to https:// at the start: the kiosk only sends patients to secure web pages.';
  if (!/^https:\/\//i.test(text)) return 'This must be a web address starting with https://';
  if (/\s/.test(text)) return 'Web addresses have no spaces. Remove the spaces.';
  const host = /^https:\/\/([^/?#]*)/i.exec(text)?.[1] ?? '';
  if (host.includes('@')) return 'Remove the part before the @: a web address for patients has no name or password in it.';
  if (host.includes(',')) return 'The address has a comma where a full stop should be, as in www.example.nhs.uk';
  if (host === '') return 'Add the website’s name after https://, as in https://www.example.nhs.uk';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'This is not a web address: check it against the page’s address bar, as in https://www.example.nhs.uk/contact';
  }
  if (!url.hostname.includes('.')) return 'The website’s name needs a full stop in it, as in www.example.nhs.uk';
  // A website's name is letters, digits, hyphens and full stops (IDN names arrive as xn--).
  if (!/^[a-z0-9.-]+$/i.test(url.hostname) || url.hostname.startsWith('.') || url.hostname.endsWith('.') || url.hostname.includes('..')) {
    return 'The website’s name can only have letters, numbers, hyphens and single full stops, as in www.example.nhs.uk';
  }
  return undefined;
}

export function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  return httpsUrlProblem(value) === undefined;
}
