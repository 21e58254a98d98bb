// Small process helpers for the benchmark. stdout is reserved for the one JSON object of --json, so
// everything a human reads (progress, child output) goes to stderr.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const BIN = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

export const log = (...parts: unknown[]) => console.error("[bench]", ...parts);

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Runs a command to completion, its output going to our stderr; rejects on a non-zero exit. */
export function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
      stdio: ["ignore", process.stderr, process.stderr],
    });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** Serves a folder over HTTP the way a static host would (serve: gzip, clean URLs) until stopped. */
/** `config`: a serve.json path relative to `folder` (e.g. headers), as serve's --config takes it. */
export async function serveStatic(folder: string, port: number, config?: string): Promise<Server> {
  const url = `http://localhost:${port}`;
  // Something already answering there would be measured instead of our build.
  if (await fetch(url).then(() => true, () => false)) throw new Error(`port ${port} is already in use; pass --port=<free port>`);
  const args = [folder, "--listen", String(port), "--no-clipboard", "--no-request-logging", ...(config ? ["--config", config] : [])];
  const child: ChildProcess = spawn(BIN("serve"), args, {
    cwd: ROOT,
    stdio: ["ignore", "ignore", process.stderr],
    detached: true,
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once("exit", () => resolve());
      // serve runs under npx-style shims; signal its whole process group, which we created.
      process.kill(-child.pid, "SIGTERM");
    });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serve exited early (code ${child.exitCode}); is port ${port} taken?`);
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`serve did not answer on ${url} within 30 s`);
}
