// What `npm run package` needs from the network, said in one line instead of electron-builder's
// stack trace 46 s later: Electron itself (unless KIOSK_ELECTRON_DIST gives an unpacked one, or
// @electron/get's cache holds its zip) and, for deb/AppImage/NSIS, electron-builder's tools.
export const OFFLINE_NEEDS =
  'Packaging needs Electron and electron-builder\'s tools: online they are downloaded; offline, set KIOSK_ELECTRON_DIST=<an unpacked Electron 45 for the target> ' +
  'and, for deb, AppImage or NSIS, copy a populated electron-builder cache (~/.cache/electron-builder, or ELECTRON_BUILDER_CACHE) from a machine that has built once (docs/deployment.md).';

export interface PackageContext {
  /** KIOSK_ELECTRON_DIST or ELECTRON_OVERRIDE_DIST_PATH, when set. */
  readonly electronDist: string | undefined;
  /** @electron/get's cache already holds an Electron zip. */
  readonly electronZipCached: boolean;
  /** The host Electron is downloaded from answers. */
  readonly downloadsReachable: boolean;
}

/** Undefined when packaging can start; otherwise the one line to print. */
export function packagePrerequisiteProblem({ electronDist, electronZipCached, downloadsReachable }: PackageContext): string | undefined {
  if (electronDist || electronZipCached || downloadsReachable) return undefined;
  return `Cannot package offline: no Electron to pack. ${OFFLINE_NEEDS}`;
}

/** electron-builder's output names a failed download (DNS, refused, timed out). */
export function isNetworkFailure(output: string): boolean {
  return /getaddrinfo|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|ENETUNREACH|socket hang up/.test(output);
}
