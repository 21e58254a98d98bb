// This browser's localStorage, or undefined where there is none (the server) or it is refused
// (storage blocked in the browser's settings, where reading `window.localStorage` throws).
export function browserLocalStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
