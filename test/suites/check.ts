import { sameValue } from '../../renderer/src/db/sameValue.ts';

type Check = Readonly<{
  ok(condition: unknown, message: string): asserts condition;
  equal<T>(actual: T, expected: T, message: string): void;
  rejects(promise: Promise<unknown>, predicate: (error: unknown) => boolean, message: string): Promise<void>;
}>;

/** Assertions that run in Node and in a browser page alike (the suites are bundled for Chromium). */
export const check: Check = {
  ok(condition: unknown, message: string): asserts condition {
    if (!condition) throw new Error(message);
  },
  equal<T>(actual: T, expected: T, message: string): void {
    if (!sameValue(actual, expected)) {
      throw new Error(`${message}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
    }
  },
  async rejects(promise: Promise<unknown>, predicate: (error: unknown) => boolean, message: string): Promise<void> {
    try {
      await promise;
    } catch (error) {
      if (predicate(error)) return;
      throw new Error(`${message}: rejected with an unexpected error: ${String(error)}`);
    }
    throw new Error(`${message}: did not reject`);
  },
};
