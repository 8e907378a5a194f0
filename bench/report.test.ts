import { describe, expect, it } from 'vitest';
import { formatTable, verdict } from './report.ts';

describe('bench verdicts', () => {
  it('judges a ratio target against the baseline of the same run', () => {
    expect(verdict({ figure: 'x', kiosk: 140, baseline: 100, target: { ratioAtMost: 1.5 } })).toBe('met');
    expect(verdict({ figure: 'x', kiosk: 160, baseline: 100, target: { ratioAtMost: 1.5 } })).toBe('MISSED');
    expect(verdict({ figure: 'x', kiosk: 1, baseline: 0, target: { ratioAtMost: 1.5 } })).toBe('MISSED');
  });
  it('judges absolute targets on the kiosk figure', () => {
    expect(verdict({ figure: 'x', kiosk: 0, baseline: 3, target: { atMost: 0 } })).toBe('met');
    expect(verdict({ figure: 'x', kiosk: 1, baseline: 0, target: { atMost: 0 } })).toBe('MISSED');
    expect(verdict({ figure: 'x', kiosk: 60, baseline: 5, target: { below: 60 } })).toBe('MISSED');
  });
  it('prints one aligned row per figure with its ratio', () => {
    const table = formatTable([{ figure: 'Start-up', kiosk: 300, baseline: 200, target: { ratioAtMost: 1.5 } }]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('1.50x');
    expect(table).toContain('met');
  });
});
