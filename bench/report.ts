// The benchmark's table: each figure for the kiosk and the baseline, their ratio, and whether
// the target holds. Ratios to a baseline measured in the same run are what hold on a
// noisy machine; the absolute numbers are for context.
export interface Target {
  readonly ratioAtMost?: number;
  readonly below?: number;
  readonly atMost?: number;
}

export interface Row {
  readonly figure: string;
  readonly kiosk: number;
  readonly baseline: number;
  readonly target?: Target;
  readonly note?: string;
}

export function ratio(row: Row): number | undefined {
  return row.baseline > 0 ? row.kiosk / row.baseline : undefined;
}

export function verdict(row: Row): 'met' | 'MISSED' | '' {
  const t = row.target;
  if (!t) return '';
  const r = ratio(row);
  if (t.ratioAtMost !== undefined && (r === undefined || r > t.ratioAtMost)) return 'MISSED';
  if (t.below !== undefined && !(row.kiosk < t.below)) return 'MISSED';
  if (t.atMost !== undefined && !(row.kiosk <= t.atMost)) return 'MISSED';
  return 'met';
}

function describe(t: Target | undefined): string {
  if (!t) return '';
  if (t.ratioAtMost !== undefined) return `<= ${t.ratioAtMost}x`;
  if (t.below !== undefined) return `< ${t.below}`;
  if (t.atMost !== undefined) return `<= ${t.atMost}`;
  return '';
}

const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(Math.abs(n) >= 100 ? 0 : 2));

export function formatTable(rows: readonly Row[]): string {
  const header = ['Figure', 'Kiosk', 'Baseline', 'Ratio', 'Target', 'Verdict'];
  const lines = rows.map((row) => {
    const r = ratio(row);
    return [row.figure + (row.note ? ` (${row.note})` : ''), number(row.kiosk), number(row.baseline), r === undefined ? '-' : `${r.toFixed(2)}x`, describe(row.target), verdict(row)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [format(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...lines.map(format)].join('\n');
}
