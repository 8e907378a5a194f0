// Prints one closing line for the whole suite, "N passed, N failed, N skipped", from the JSON
// reports vitest and Playwright write to reports/, so CI and people see the total at a glance.
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitest(file: string): Counts {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwright(file: string): Counts {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

const parts: Array<[string, Counts]> = [];
if (existsSync('reports/vitest.json')) parts.push(['unit', vitest('reports/vitest.json')]);
if (existsSync('reports/playwright.json')) parts.push(['end-to-end', playwright('reports/playwright.json')]);
const total = parts.reduce((t, [, c]) => ({ passed: t.passed + c.passed, failed: t.failed + c.failed, skipped: t.skipped + c.skipped }), { passed: 0, failed: 0, skipped: 0 });
for (const [name, c] of parts) console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
if (total.failed > 0 || total.passed === 0) process.exit(1);
