import { describe, expect, it } from 'vitest';
import { newNoticeId } from './section-notices.ts';
import { noticeSchema } from '../../main/common/settings-schema.ts';

describe('newNoticeId', () => {
  it('makes an id the schema accepts', () => {
    const id = newNoticeId([], Date.UTC(2026, 10, 25));
    expect(noticeSchema.safeParse({ id, title: 'Flu clinic', body: '' }).success).toBe(true);
  });

  it('never repeats an id already taken, even within the same millisecond', () => {
    const now = 1_764_000_000_000;
    const first = newNoticeId([], now);
    const second = newNoticeId([{ id: first }], now);
    const third = newNoticeId([{ id: first }, { id: second }], now);
    expect(new Set([first, second, third]).size).toBe(3);
  });
});
