// Makes sure the browser tests have a Chromium: uses one that is there, else obtains one
// (Debian/Ubuntu's package when running as root, else Playwright's download), else says what to install.
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { findChromium } from "./chromium.mjs";

function run(cmd) {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: "inherit" });
}

function isDebianLike() {
  if (!existsSync("/etc/os-release")) return false;
  return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync("/etc/os-release", "utf8"));
}

let found = findChromium();
if (!found && process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}
if (!found && process.getuid?.() === 0 && isDebianLike()) {
  try {
    run("apt-get update -qq");
    run("DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-browser");
  } catch {
    console.error("Installing Chromium with apt-get failed.");
  }
  found = findChromium();
}
if (!found) {
  try {
    run("npx playwright install chromium");
  } catch {
    console.error("Playwright could not download its Chromium.");
  }
  found = findChromium();
}
if (!found) {
  console.error(
    "No Chromium for the browser tests. Install one (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
  process.exit(1);
}
console.log(`browser tests use ${found}`);
