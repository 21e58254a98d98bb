// The one rule the store needs to keep a pass mark, apart from scoring (score.ts) so that the store,
// on every page, does not carry the scoring code with it.
export function isValidPassMark(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 100;
}
