import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ScheduleController } from './schedule-controller.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../main/common/settings-schema.ts';

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
}

const openNineToFive: Settings = {
  ...DEFAULT_SETTINGS,
  openingHours: { enabled: true, week: { mon: { open: '09:00', close: '17:00' }, tue: { open: '09:00', close: '17:00' } } },
};

beforeEach(() => vi.useFakeTimers({ now: new Date(2026, 10, 23, 8, 0) })); // a Monday, 08:00 local
afterEach(() => vi.useRealTimers());

describe('ScheduleController', () => {
  it('sleeps on one timer until the next opening or closing, then re-renders', () => {
    const host = new FakeHost();
    let settings: Settings | undefined = openNineToFive;
    const schedule = new ScheduleController(host, () => settings);
    schedule.hostConnected();
    schedule.hostUpdate();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(60 * 60_000 - 1); // 08:59:59.999
    expect(host.updates).toBe(0);
    vi.advanceTimersByTime(1); // 09:00
    expect(host.updates).toBe(1);
    expect(schedule.now.getHours()).toBe(9);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(8 * 60 * 60_000); // 17:00
    expect(host.updates).toBe(2);
    expect(schedule.now.getHours()).toBe(17);

    // New settings re-arm it; the same settings object does not.
    settings = { ...openNineToFive, openingHours: { enabled: false, week: {} } };
    schedule.hostUpdate();
    schedule.hostUpdate();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('runs no timer while its host is off the page', () => {
    const host = new FakeHost();
    const schedule = new ScheduleController(host, () => openNineToFive);
    schedule.hostConnected();
    schedule.hostUpdate();
    schedule.hostDisconnected();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(host.updates).toBe(0);
  });
});
