// The exam form's limits, apart from compose.ts so the start page's forms do not load the composer
// (it loads when an exam is started).
export const MINUTES_PER_QUESTION = 2;
export const MAX_MINUTES = 600;
