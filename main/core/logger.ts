// The one logging interface the core and web layers see; each host decides where lines go
// (console for the Node host, a rotating file for Electron).
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export const consoleLogger: Logger = {
  info: (m, d) => console.log(formatLogLine('info', m, d)),
  warn: (m, d) => console.warn(formatLogLine('warn', m, d)),
  error: (m, d) => console.error(formatLogLine('error', m, d)),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export function formatLogLine(level: string, message: string, details?: Record<string, unknown>): string {
  const extra = details ? ` ${JSON.stringify(details)}` : '';
  return `${new Date().toISOString()} ${level} ${message}${extra}`;
}
