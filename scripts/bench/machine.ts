// Where and with what a report was measured, so numbers from different machines are not compared blindly.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./util";

export interface Machine {
  date: string;
  node: string;
  cpus: string;
  cores: number;
  memoryGiB: number;
  os: string;
  chromium: string;
  next: string;
  react: string;
  lighthouse: string;
}

const versionOf = (pkg: string) =>
  (JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

export function describeMachine(chromePath: string, now = new Date()): Machine {
  let chromium = "unknown";
  try {
    chromium = execFileSync(chromePath, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    // reported as unknown; Lighthouse will fail loudly later if the browser is really missing
  }
  return {
    date: now.toISOString(),
    node: process.version,
    cpus: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium,
    next: versionOf("next"),
    react: versionOf("react"),
    lighthouse: versionOf("lighthouse"),
  };
}
