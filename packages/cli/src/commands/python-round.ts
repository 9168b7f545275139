/** Python's `round(value, digits)` for the values the reference rounds (to within the last binary digit). */
export function pythonRound(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
