import { describe, expect, it } from 'vitest';
import { isNetworkFailure, packagePrerequisiteProblem } from './package-offline.ts';

describe('packagePrerequisiteProblem', () => {
  it('says in one line what an offline build needs when there is no Electron to pack', () => {
    const problem = packagePrerequisiteProblem({ electronDist: undefined, electronZipCached: false, downloadsReachable: false })!;
    expect(problem).not.toContain('\n');
    expect(problem).toContain('KIOSK_ELECTRON_DIST');
    expect(problem).toContain('electron-builder cache');
  });
  it('lets the build start with a local Electron, a cached zip, or the network', () => {
    expect(packagePrerequisiteProblem({ electronDist: '/opt/electron', electronZipCached: false, downloadsReachable: false })).toBeUndefined();
    expect(packagePrerequisiteProblem({ electronDist: undefined, electronZipCached: true, downloadsReachable: false })).toBeUndefined();
    expect(packagePrerequisiteProblem({ electronDist: undefined, electronZipCached: false, downloadsReachable: true })).toBeUndefined();
  });
});

describe('isNetworkFailure', () => {
  it('recognises a failed download in electron-builder\'s output', () => {
    expect(isNetworkFailure('  ⨯ getaddrinfo ENOTFOUND github.com  stackTrace=Error: getaddrinfo')).toBe(true);
    expect(isNetworkFailure('  ⨯ Cannot find module')).toBe(false);
  });
});
