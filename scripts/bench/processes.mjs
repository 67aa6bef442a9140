// Every process the bench starts is stopped when the bench ends, however it ends (done, an error, Ctrl+C).
// Each is started in a process group of its own (`detached`), so that what it starts in turn (npx's node,
// Playwright's browser, Astro's workers) stops with it.
import { spawn } from "node:child_process";

const children = new Set();

/** spawn(), tracked, in a process group of its own. */
export function start(command, argv, options = {}) {
  const child = spawn(command, argv, { ...options, detached: true });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

function kill(child) {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // The group has ended already.
  }
}

/** Stops a started process and what it started; resolves once it has exited. */
export async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  kill(child);
  await exited;
}

/** Runs a command to its end; resolves with its exit code and what it printed. `show` passes its output through. */
export function run(command, argv, { cwd, env = {}, show = false } = {}) {
  return new Promise((resolve) => {
    const child = start(command, argv, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
      if (show) process.stderr.write(d);
    });
    child.stderr.on("data", (d) => {
      stderr += d;
      if (show) process.stderr.write(d);
    });
    child.on("error", (error) => resolve({ code: -1, stdout, stderr: `${stderr}${error.message}` }));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

process.on("exit", () => {
  for (const child of children) kill(child);
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    console.error(`bench: stopped by ${signal}`);
    process.exit(130);
  });
}
