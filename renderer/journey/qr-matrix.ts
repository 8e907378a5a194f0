// A QR code for a web address, built on the kiosk (offline) as a matrix of dark modules and an
// SVG path for it. Only an https address that passes the settings' own check is ever encoded,
// so a bad value that slipped past the schema gives no code at all rather than a wrong one.
import qrcode from 'qrcode-generator';
import { isHttpsUrl } from '../../main/common/https-url.ts';

/** ISO 18004 asks for at least four light modules around the symbol. */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** The text the code holds, exactly. */
  readonly text: string;
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  isDark(row: number, column: number): boolean;
}

export class QrInputError extends Error {
  override readonly name = 'QrInputError';
}

/**
 * The matrix for `url` at error correction M (readable when a little worn or glared).
 * Throws QrInputError for anything that is not an https web address.
 */
export function qrMatrixFor(url: string): QrMatrix {
  if (!isHttpsUrl(url)) throw new QrInputError(`Not an https web address, so no QR code: ${JSON.stringify(url)}`);
  return qrMatrix(asciiAddress(url));
}

/** The matrix for any text, unchecked: for staff screens (the remote admin address is http://). */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  return { text, size: code.getModuleCount(), isDark: (row, column) => code.isDark(row, column) };
}

/**
 * The address as the code holds it: unchanged when it is plain ASCII, else percent-encoded by
 * the URL parser (the same address, in the form every phone reads the same way).
 */
export function asciiAddress(url: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(url) ? url : new URL(url).href;
}

/**
 * One SVG path drawing every dark module (one unit per module), offset by the quiet zone, for a
 * viewBox of `size + 2 * QUIET_ZONE`. One element keeps the DOM small whatever the version.
 */
export function qrSvgPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(row, column)) column++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h${start - column}z`);
    }
  }
  return parts.join('');
}
