// The e2e tests drive Debian's Chromium, never a browser downloaded by Playwright. This makes sure
// it is there: installs it with apt-get when running as root, otherwise says how.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const installHint = "Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary).";

if (existsSync(chromium)) {
  console.log(`Chromium found at ${chromium}.`);
  process.exit(0);
}

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is ${chromium}, but there is nothing there.`);
  process.exit(1);
}

const isRoot = process.getuid?.() === 0;
const aptGet = ["/usr/bin/apt-get", "/bin/apt-get"].find((p) => existsSync(p));
if (!isRoot || !aptGet) {
  console.error(`Chromium is missing (${chromium}); the e2e tests need it. ${installHint}`);
  process.exit(1);
}

console.log("Chromium is missing: installing it with apt-get.");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
for (const args of [["update"], ["install", "-y", "chromium"]]) {
  const result = spawnSync(aptGet, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(" ")} failed. ${installHint}`);
    process.exit(1);
  }
}
if (!existsSync(chromium)) {
  console.error(`apt-get installed chromium, but ${chromium} is still missing. ${installHint}`);
  process.exit(1);
}
console.log(`Chromium installed at ${chromium}.`);
