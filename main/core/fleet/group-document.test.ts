import { describe, expect, it } from 'vitest';
import { GROUP_FORMAT, generateGroupKeyPair, isSettingPath, readGroupDocument, signGroupDocument } from './group-document.ts';

const group = generateGroupKeyPair();
const signed = signGroupDocument({ settings: { practice: { name: 'Riverside' } }, localKeys: ['links.contact'] }, group.privateKeyPem, new Date('2026-11-28T09:00:00Z'));

describe('the signed group document', () => {
  it('reads back what was signed, with the group public key', () => {
    const read = readGroupDocument(signed, group.publicKey);
    expect(read).toMatchObject({ ok: true, document: { issuedAt: '2026-11-28T09:00:00.000Z', localKeys: ['links.contact'] } });
    expect(read.ok && read.document.settings.practice.name).toBe('Riverside');
  });

  it('refuses a document changed after signing, or checked with another key', () => {
    const envelope = JSON.parse(signed) as { document: string };
    const tampered = JSON.stringify({ ...envelope, document: envelope.document.replace('Riverside', 'Elsewhere') });
    expect(readGroupDocument(tampered, group.publicKey)).toMatchObject({ ok: false, problem: expect.stringContaining('signature') });
    expect(readGroupDocument(signed, generateGroupKeyPair().publicKey)).toMatchObject({ ok: false, problem: expect.stringContaining('signature') });
  });

  it('refuses what is not a group document at all', () => {
    expect(readGroupDocument('{"practice":{}}', group.publicKey)).toMatchObject({ ok: false, problem: expect.stringContaining(GROUP_FORMAT) });
    expect(readGroupDocument('', group.publicKey)).toMatchObject({ ok: false, problem: expect.stringContaining('not valid JSON') });
  });

  it('knows which settings a group may leave to each kiosk', () => {
    for (const path of ['practice', 'practice.name', 'links.complaints', 'notices', 'updates.url']) expect(isSettingPath(path), path).toBe(true);
    for (const path of ['group', 'group.url', 'version', 'practice.nmae', 'nothing', 'practice.name.first', '']) expect(isSettingPath(path), path).toBe(false);
  });
});
