import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONFIRMATION_MS, useNotices } from '../../../../renderer/app/notice-store';

afterEach(() => vi.useRealTimers());

describe('notices', () => {
  it('lets confirmations leave by themselves but keeps errors until closed', () => {
    vi.useFakeTimers();
    const { show } = useNotices.getState();
    show('success', 'Omgången är importerad.');
    show('error', 'Filen är skadad.');
    vi.advanceTimersByTime(CONFIRMATION_MS + 1);
    expect(useNotices.getState().notices.map((n) => n.text)).toEqual(['Filen är skadad.']);
  });
});
