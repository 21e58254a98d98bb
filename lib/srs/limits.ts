// Desired retention's bounds, apart from scheduler.ts so settings and the store can use them
// without loading ts-fsrs.
export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.99;
