// `npm run serve -- --port <n> --data-dir <dir>`: the kiosk page and API over HTTP on loopback.
// Prints `Serving http://127.0.0.1:<port>/` once ready, and `Remote admin http://<host>:<port>/admin/`
// whenever the reception-desk listener starts; scripts wait for these lines.
import { consoleLogger } from '../../core/logger.ts';
import { parseHostArgs } from './command-line.ts';
import { startHttpHost } from './http-host.ts';

try {
  const host = await startHttpHost(parseHostArgs(process.argv.slice(2)), consoleLogger, {
    onRemoteAdmin: (url) => console.log(url ? `Remote admin ${url}` : 'Remote admin off'),
  });
  console.log(`Serving ${host.url}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`Cannot start the kiosk: ${(error as Error).message}`);
  process.exit(1);
}
