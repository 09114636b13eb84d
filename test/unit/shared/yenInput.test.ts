import { expect, it } from 'vitest';
import { parseRateInput, parseYenInput } from '#shared/subsidy/yenInput';

it.each([
  ['1500000', 1_500_000],
  ['１，５００，０００', 1_500_000],
  ['300,000円', 300_000],
  ['', null],
])('reads %s as %s yen', (typed, expected) => {
  expect(parseYenInput(typed)).toBe(expected);
});

it.each(['1000.5', '-1', '１２a'])('refuses %s (not a whole number of yen)', (typed) => {
  expect(parseYenInput(typed)).toBeNaN();
});

it('reads rates as fractions, full-width too', () => {
  expect(parseRateInput('２／３')).toEqual({ numerator: 2, denominator: 3 });
  expect(parseRateInput('1/2')).toEqual({ numerator: 1, denominator: 2 });
  expect(parseRateInput('0.5')).toBeNull();
});
