// The electron-builder command line for `npm run package`. electron-builder.yml cannot read the
// environment for electronDist (a string there is always a path), so an offline build's local
// Electron comes in here: KIOSK_ELECTRON_DIST, or ELECTRON_OVERRIDE_DIST_PATH (the same unpacked
// Electron that runs `npm start`), as --config.electronDist.
export function electronBuilderArgs(argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const dist = env.KIOSK_ELECTRON_DIST || env.ELECTRON_OVERRIDE_DIST_PATH;
  const args = ['--config', 'electron-builder.yml', '--publish', 'never', ...argv];
  if (dist && !argv.some((arg) => arg.startsWith('--config.electronDist') || arg.startsWith('-c.electronDist'))) {
    args.push(`--config.electronDist=${dist}`);
  }
  return args;
}
