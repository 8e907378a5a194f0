// electron-builder afterPack hook: sets Electron's fuses in the packaged binary, before it is
// signed and wrapped in an installer. Fuses are switches compiled into the binary that the app
// itself cannot turn back on (Electron security checklist item 19).
//   RunAsNode off, NODE_OPTIONS off, --inspect off: the installed kiosk cannot be used as a
//   general Node.js, nor have code injected at start.
//   OnlyLoadAppFromAsar and EmbeddedAsarIntegrityValidation on: it runs only its own, unaltered
//   app.asar (integrity is checked on Windows and macOS).
//   GrantFileProtocolExtraPrivileges off: the page comes from app://, never file://.
//   CookieEncryption on: whatever Chromium stores is encrypted with the OS key store.
// KIOSK_TEST_BUILD=1 makes a separate build with --inspect allowed, which Playwright's
// _electron.launch needs to drive the packaged app in tests. Never ship that build.
// electron-builder loads hooks with require(), so this file is CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const path = require('node:path');

/** The fuse settings as `{ name: on/off }`, for the given environment. */
function fuseSettings(env = process.env) {
  const testBuild = env.KIOSK_TEST_BUILD === '1';
  return {
    RunAsNode: false,
    EnableCookieEncryption: true,
    EnableNodeOptionsEnvironmentVariable: false,
    EnableNodeCliInspectArguments: testBuild,
    EnableEmbeddedAsarIntegrityValidation: true,
    OnlyLoadAppFromAsar: true,
    GrantFileProtocolExtraPrivileges: false,
  };
}

/** Where electron-builder put the executable for this platform. */
function packagedExecutable({ appOutDir, electronPlatformName, packager }) {
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

async function setFuses(executable, env = process.env, resetAdHocDarwinSignature = false) {
  const { flipFuses, FuseVersion, FuseV1Options } = await import('@electron/fuses');
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature };
  for (const [name, on] of Object.entries(fuseSettings(env))) config[FuseV1Options[name]] = on;
  await flipFuses(executable, config);
}

async function afterPack(context) {
  const executable = packagedExecutable(context);
  const isMacArm = context.electronPlatformName === 'darwin' && context.arch === 3; // Arch.arm64
  await setFuses(executable, process.env, isMacArm);
  console.log(`  • fuses set${process.env.KIOSK_TEST_BUILD === '1' ? ' (TEST BUILD: --inspect allowed)' : ''}  file=${executable}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuseSettings = fuseSettings;
module.exports.setFuses = setFuses;
module.exports.packagedExecutable = packagedExecutable;
