// `npm run serve -- --port <n> --data-dir <dir>`: the kiosk page and API over HTTP on loopback.
// Prints exactly one line, `Serving http://127.0.0.1:<port>/`, once ready; scripts wait for it.
import { consoleLogger } from '../../core/logger.ts';
import { parseHostArgs } from './command-line.ts';
import { startHttpHost } from './http-host.ts';

try {
  const host = await startHttpHost(parseHostArgs(process.argv.slice(2)), consoleLogger);
  console.log(`Serving ${host.url}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`Cannot start the kiosk: ${(error as Error).message}`);
  process.exit(1);
}
