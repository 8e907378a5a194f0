// The group settings file over HTTPS, for GroupPoller: one GET with If-None-Match, a deadline
// for the whole exchange (a server that accepts and then says nothing must not hold the poller),
// and a size limit. `ca` trusts an extra certificate authority for this request only (tests, or
// a group's own CA); the process-wide TLS checks are never loosened.
import { request } from 'node:https';
import { MAX_GROUP_DOCUMENT_BYTES } from '../../core/fleet/group-document.ts';
import type { FetchGroupFile, GroupFetchResult } from '../../core/fleet/group-poller.ts';

export interface GroupFetchOptions {
  readonly timeoutMs?: number;
  readonly ca?: string | Buffer;
}

export function httpsGroupFetch({ timeoutMs = 20_000, ca }: GroupFetchOptions = {}): FetchGroupFile {
  return (url, etag) =>
    new Promise<GroupFetchResult>((resolve, reject) => {
      const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': 'waiting-room-kiosk' };
      if (etag) headers['If-None-Match'] = etag;
      const req = request(url, { method: 'GET', headers, ca, timeout: timeoutMs }, (res) => {
        const status = res.statusCode ?? 0;
        if (status !== 200) {
          res.resume();
          resolve({ status });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_GROUP_DOCUMENT_BYTES) req.destroy(new Error(`the group file is larger than ${MAX_GROUP_DOCUMENT_BYTES} bytes`));
          else chunks.push(chunk);
        });
        res.on('end', () => {
          const tag = res.headers.etag;
          resolve({ status: 200, etag: typeof tag === 'string' ? tag : null, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
        res.on('close', () => {
          if (!res.complete) reject(new Error('the connection closed before the whole file arrived'));
        });
      });
      const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
      req.on('timeout', () => req.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)));
      req.on('error', reject);
      req.on('close', () => clearTimeout(deadline));
      req.end();
    });
}
