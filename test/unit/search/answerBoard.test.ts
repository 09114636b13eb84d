import { describe, expect, it } from 'vitest';
import {
  answerBoardBytes,
  readAnswer,
  writeAnswer,
  type BoardAnswer,
} from '../../../renderer/src/features/search/answerBoard.ts';

const answer = (query: string, title: string): BoardAnswer => ({
  query,
  groups: [{ kind: 'company', hits: [{ kind: 'company', id: 'c1', title, route: '#/companies/c1' }], more: false }],
  startedAt: 1_790_000_000_000.5,
  searchMs: 0.4,
});

// A clock that moves 1 ms each time it is read: a wait with nothing on the board ends.
const ticking = (): (() => number) => {
  let t = 0;
  return () => (t += 1);
};

describe('answer board', () => {
  it('gives the page the answer to its query, Japanese text and all', () => {
    const board = new SharedArrayBuffer(answerBoardBytes);
    expect(writeAnswer(board, 1, answer('さくらんぼ', '株式会社サクランボ研究所'))).toBe(true);
    expect(readAnswer(board, 1, 10, ticking())).toEqual(answer('さくらんぼ', '株式会社サクランボ研究所'));
  });

  it('waits no longer than the deadline for an answer that is not there', () => {
    const board = new SharedArrayBuffer(answerBoardBytes);
    writeAnswer(board, 1, answer('さく', '佐久間農園'));
    const now = ticking();
    // The board holds the answer to query 1; query 2 is not answered yet.
    expect(readAnswer(board, 2, 5, now)).toBeNull();
    expect(now()).toBeLessThan(10);
  });

  it('shows the newest answer once the worker has answered the next query', () => {
    const board = new SharedArrayBuffer(answerBoardBytes);
    writeAnswer(board, 1, answer('さ', '佐藤果樹園'));
    writeAnswer(board, 2, answer('さく', '佐久間農園'));
    expect(readAnswer(board, 2, 10, ticking())?.groups[0]?.hits[0]?.title).toBe('佐久間農園');
  });

  it('leaves an answer too large for the board to the message, and the board as it was', () => {
    const board = new SharedArrayBuffer(1024);
    writeAnswer(board, 1, answer('さ', '佐藤果樹園'));
    expect(writeAnswer(board, 2, answer('さく', 'あ'.repeat(1024)))).toBe(false);
    expect(readAnswer(board, 2, 5, ticking())).toBeNull();
    expect(readAnswer(board, 1, 5, ticking())?.query).toBe('さ');
  });
});
