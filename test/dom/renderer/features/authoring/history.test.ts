import { describe, expect, it } from 'vitest';
import { emptyHistory, MAX_STEPS, recorded, stepped, TYPING_PAUSE_MS } from '../../../../../renderer/features/authoring/form/history';

describe("the editors' undo history", () => {
  it('joins keystrokes in one field until a pause; another field or a removal is a step of its own', () => {
    let h = recorded(emptyHistory<string>(), 'a', 'title', 0);
    h = recorded(h, 'ab', 'title', 100);
    expect(h.past).toEqual(['a']);
    h = recorded(h, 'abc', 'title', 100 + TYPING_PAUSE_MS);
    expect(h.past).toEqual(['a', 'abc']);
    h = recorded(h, 'abcd', 'id', 100 + TYPING_PAUSE_MS + 1);
    h = recorded(h, 'abcde', null, 100 + TYPING_PAUSE_MS + 2);
    h = recorded(h, 'x', null, 100 + TYPING_PAUSE_MS + 3);
    expect(h.past).toEqual(['a', 'abc', 'abcd', 'abcde', 'x']);
  });

  it('undoes and redoes in order; a new change after undo drops what could be redone', () => {
    let h = recorded(recorded(emptyHistory<number>(), 1, null, 0), 2, null, 1);
    const back = stepped(h, 3, 'undo')!;
    expect(back.draft).toBe(2);
    const forward = stepped(back.history, back.draft, 'redo')!;
    expect(forward.draft).toBe(3);
    h = recorded(back.history, 2, null, 2);
    expect(h.future).toEqual([]);
    expect(stepped(emptyHistory<number>(), 1, 'undo')).toBeNull();
  });

  it(`keeps at most ${MAX_STEPS} steps`, () => {
    let h = emptyHistory<number>();
    for (let n = 0; n < MAX_STEPS + 10; n++) h = recorded(h, n, null, n);
    expect(h.past).toHaveLength(MAX_STEPS);
    expect(h.past[0]).toBe(10);
  });
});
