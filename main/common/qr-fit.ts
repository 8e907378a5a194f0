// Whether a web address fits in one QR code as the kiosk draws it (renderer/journey/qr-matrix.ts:
// byte mode, error correction M, version 40 at most, about 2,331 bytes). Checked when the address
// is saved, so a code that cannot be drawn is refused then, with words staff can act on, and never
// found blank by a patient.
import qrcode from 'qrcode-generator';

/** The kiosk's error-correction level: readable when a little worn or glared. Keep in step with qr-matrix.ts. */
export const QR_ERROR_CORRECTION = 'M';

/** As the code holds it: plain ASCII as it is, else percent-encoded by the URL parser (as qr-matrix's asciiAddress). */
function encodedAddress(url: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(url)) return url;
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

export function fitsQrCode(url: string): boolean {
  try {
    const code = qrcode(0, QR_ERROR_CORRECTION);
    code.addData(encodedAddress(url), 'Byte');
    code.make();
    return true;
  } catch {
    return false;
  }
}
