import type { SearchGroup } from './searchDocument.ts';

// The answer board: memory shared by the page and the search worker, where the worker also writes
// each answer the page waits for (a query marked `onBoard`). A keystroke asks for a frame that
// shows the typed character, and the page's thread took the worker's message only after that frame
// (traced at a typist's pace: in every keystroke; Chromium also defers the page's tasks after a key
// press until the next frame), so the results needed a frame of their own. With the board, the page waits for the answer in the
// keystroke's own task (a few milliseconds at most) and the character and its results are drawn in
// one frame. Shared memory needs a cross-origin isolated page (COOP and COEP headers, see
// main/src/services/appAssets.ts); without it answers come as messages only. See docs/search.md.
//
// Layout: two 32-bit words, then the answer as UTF-8 JSON. Word 0 is the query number the bytes
// answer, stored last, so a reader that sees its number reads bytes that are whole: the worker
// answers queries in the order they were asked, and the page asks nothing while it reads.

const header = 8;

/** Bytes of a board: an answer of six hits per kind takes about 6 KB; a larger one goes by message. */
export const answerBoardBytes = 64 * 1024;

/** What the worker writes for one query. */
export type BoardAnswer = Readonly<{
  query: string;
  groups: readonly SearchGroup[];
  startedAt: number;
  searchMs: number;
}>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Writes the answer to query `seq`; false when it does not fit (the message carries it alone). */
export function writeAnswer(board: SharedArrayBuffer, seq: number, answer: BoardAnswer): boolean {
  // Encoded apart: TextEncoder does not write into shared memory.
  const bytes = encoder.encode(JSON.stringify(answer));
  if (bytes.length > board.byteLength - header) return false;
  const words = new Int32Array(board, 0, 2);
  new Uint8Array(board, header).set(bytes);
  Atomics.store(words, 1, bytes.length);
  Atomics.store(words, 0, seq);
  return true;
}

/**
 * Waits until the answer to query `seq` is on the board, or `now()` passes `deadline`; then
 * null. Spins: the page's thread may not block, and the wait is a few milliseconds at most.
 */
export function readAnswer(
  board: SharedArrayBuffer,
  seq: number,
  deadline: number,
  now: () => number,
): BoardAnswer | null {
  const words = new Int32Array(board, 0, 2);
  while (Atomics.load(words, 0) !== seq) {
    if (now() > deadline) return null;
  }
  const length = Atomics.load(words, 1);
  // Copied out: TextDecoder does not read shared memory.
  return JSON.parse(decoder.decode(new Uint8Array(board, header, length).slice())) as BoardAnswer;
}
