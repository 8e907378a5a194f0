import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { QUIET_ZONE, QrInputError, asciiAddress, qrMatrixFor, qrSvgPath, type QrMatrix } from './qr-matrix.ts';

/** Paints the matrix, quiet zone included, as RGBA pixels, the way the SVG path draws it. */
function rasterise(matrix: QrMatrix, scale = 4): { data: Uint8ClampedArray; side: number } {
  const side = (matrix.size + 2 * QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  const path = qrSvgPath(matrix);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) data.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
    }
  }
  return { data, side };
}

describe('qrMatrixFor', () => {
  it.each([
    'https://www.nhs.uk/about-us/managing-patient-feedback/',
    'https://www.nhs.uk/services/gp-surgery/threeways-surgery/X12345/leave-a-review',
    'https://example.nhs.uk/complaints?form=1&lang=cy#start',
  ])('encodes %s so that a real decoder reads it back exactly', (url) => {
    const matrix = qrMatrixFor(url);
    const { data, side } = rasterise(matrix);
    expect(jsQR(data, side, side)?.data).toBe(url);
  });

  it('draws a path whose modules are exactly the dark ones, inside the quiet zone', () => {
    const matrix = qrMatrixFor('https://www.nhs.uk/');
    const { data, side } = rasterise(matrix, 1);
    for (let row = -QUIET_ZONE; row < matrix.size + QUIET_ZONE; row++) {
      for (let column = -QUIET_ZONE; column < matrix.size + QUIET_ZONE; column++) {
        const inside = row >= 0 && column >= 0 && row < matrix.size && column < matrix.size;
        const dark = data[((row + QUIET_ZONE) * side + column + QUIET_ZONE) * 4] === 0;
        expect(dark).toBe(inside && matrix.isDark(row, column));
      }
    }
  });

  it('keeps a non-ASCII address readable as the same address, percent-encoded', () => {
    const url = 'https://example.nhs.uk/cwynion/ymholiad-ñ';
    const { data, side } = rasterise(qrMatrixFor(url));
    expect(jsQR(data, side, side)?.data).toBe('https://example.nhs.uk/cwynion/ymholiad-%C3%B1');
    expect(asciiAddress('https://www.nhs.uk/a')).toBe('https://www.nhs.uk/a');
  });

  it.each(['http://www.nhs.uk/', 'javascript:alert(1)', 'https://localhost/', 'www.nhs.uk', '', 'https://user:pw@nhs.uk/', 'https://nhs.uk/a b'])(
    'refuses %j: no code is made',
    (url) => {
      expect(() => qrMatrixFor(url)).toThrow(QrInputError);
    },
  );
});
