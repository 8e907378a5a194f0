import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IdleController } from './idle-controller.ts';

class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

function setUp(idleSeconds = 60, countdownSeconds = 15) {
  const host = new FakeHost();
  const target = new EventTarget();
  const onTimeout = vi.fn();
  const idle = new IdleController(host, { idleMs: () => idleSeconds * 1000, countdownSeconds: () => countdownSeconds, onTimeout, target });
  return { host, target, onTimeout, idle };
}

describe('IdleController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does nothing until its host connects, and registers itself with the host', () => {
    const { host, idle } = setUp();
    expect(host.controllers).toEqual([idle]);
    expect(idle.phase).toBe('stopped');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('prompts after the idle time, counts down, then times out once and stops', () => {
    const { idle, onTimeout } = setUp(60, 15);
    idle.hostConnected();
    vi.advanceTimersByTime(59_999);
    expect(idle.phase).toBe('watching');
    vi.advanceTimersByTime(1);
    expect(idle.phase).toBe('prompting');
    expect(idle.secondsLeft).toBe(15);
    vi.advanceTimersByTime(14_000);
    expect(idle.secondsLeft).toBe(1);
    expect(onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(idle.phase).toBe('stopped');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts again from the last touch or key press', () => {
    const { idle, target } = setUp(30);
    idle.hostConnected();
    vi.advanceTimersByTime(25_000);
    target.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(25_000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(29_000);
    expect(idle.phase).toBe('watching');
    vi.advanceTimersByTime(1_000);
    expect(idle.phase).toBe('prompting');
  });

  it('keeps exactly one timer pending, whatever happens', () => {
    const { idle, target } = setUp(20, 5);
    idle.hostConnected();
    for (let i = 0; i < 10; i++) target.dispatchEvent(new Event('pointerdown'));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(22_000);
    expect(idle.phase).toBe('prompting');
    expect(vi.getTimerCount()).toBe(1);
  });

  it('stay() during the prompt closes it and restarts the full idle time', () => {
    const { idle, onTimeout } = setUp(20, 5);
    idle.hostConnected();
    vi.advanceTimersByTime(23_000);
    expect(idle.phase).toBe('prompting');
    idle.stay();
    expect(idle.phase).toBe('watching');
    vi.advanceTimersByTime(19_000);
    expect(idle.phase).toBe('watching');
    vi.advanceTimersByTime(1_000);
    expect(idle.phase).toBe('prompting');
    idle.stay();
    vi.advanceTimersByTime(19_000);
    expect(idle.phase).toBe('watching');
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('touches and key presses during the prompt do not dismiss it: only the prompt answers', () => {
    const { idle, target } = setUp(20, 5);
    idle.hostConnected();
    vi.advanceTimersByTime(20_000);
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('pointerdown'));
    expect(idle.phase).toBe('prompting');
    expect(idle.secondsLeft).toBe(5);
  });

  it('stops listening and leaves no timer when the host disconnects', () => {
    const { idle, target, onTimeout } = setUp(20, 5);
    idle.hostConnected();
    idle.hostDisconnected();
    expect(vi.getTimerCount()).toBe(0);
    target.dispatchEvent(new Event('pointerdown'));
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(600_000);
    expect(onTimeout).not.toHaveBeenCalled();
    expect(idle.phase).toBe('stopped');
  });
});
