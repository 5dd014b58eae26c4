import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/*
 * Serving the built app, the way the bench, the load test, the crash test and the e2e suite all
 * need it: build into a dist dir unless a build is there and may be reused, `next start` on a
 * port, and wait until /api/health answers.
 */

const ROOT = process.cwd();
export const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/** Runs `node <args>` in the project, throwing with its output if it fails. */
export function runNode(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * `next build` into env.KIOKU_DIST_DIR (default .next), and `serwist build` after it when asked;
 * skipped when `reuse` is set and that dir holds a build.
 */
export function buildApp(env: NodeJS.ProcessEnv, options: { reuse: boolean; serviceWorker?: boolean }): void {
  const distDir = env.KIOKU_DIST_DIR ?? ".next";
  if (options.reuse && existsSync(path.join(ROOT, distDir, "BUILD_ID"))) return;
  console.log(`building the app into ${distDir} …`);
  runNode([NEXT_BIN, "build"], env);
  // The service worker, after the build it precaches (serwist.config.mjs).
  if (options.serviceWorker) runNode([path.join(ROOT, "node_modules/@serwist/cli/cli.js"), "build", "serwist.config.mjs"], env);
}

/** `next start` on 127.0.0.1:`port` with `env`; `nodeArgs` go to Node (a CPU profile, say). */
export function startBuiltApp(port: number, env: NodeJS.ProcessEnv, options: { stdio?: StdioOptions; detached?: boolean; nodeArgs?: string[] } = {}): ChildProcess {
  return spawn(process.execPath, [...(options.nodeArgs ?? []), NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: options.stdio ?? ["ignore", "ignore", "inherit"],
    detached: options.detached ?? false,
  });
}

/** Resolves once GET `url` answers 2xx; throws if `child` exits first or `seconds` pass. */
export async function waitForServer(url: string, child: ChildProcess, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 10; i += 1) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    if (await fetch(url).then((response) => response.ok).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up in ${seconds} s`);
}
