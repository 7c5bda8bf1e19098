import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { scratchDir } from "../support";

/** Debian's chromium package; CI installs it (.ci/run). `CHROMIUM` points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** True when a headless browser is there to run the rendering tests. */
export const hasChromium = fs.existsSync(CHROMIUM_PATH);

/** `test` when chromium is installed, else `test.skip` after saying why, once per file. */
export function testInBrowser(): jest.It {
  if (!hasChromium) {
    console.warn(`browser tests skipped: ${CHROMIUM_PATH} not found (install Debian's chromium package: apt-get install -y chromium)`);
    return test.skip;
  }
  return test;
}

/** The browser window the pages are loaded in: 1400 pixels wide, as the issue asks the page to fit. */
export const WINDOW = Object.freeze({ width: 1400, height: 2400 });

/**
 * Loads `file` in headless chromium, lets its scripts run, and returns the DOM as serialized after
 * load. A fresh profile each time, nothing from the network, and a hard process timeout.
 */
export function dumpDom(file: string, timeoutMs = 45_000): string {
  return runChromium(file, ["--dump-dom"], timeoutMs);
}

/** Loads `file` in a {@link WINDOW}-sized window and writes what it shows to `png`. */
export function screenshot(file: string, png: string, timeoutMs = 45_000): void {
  runChromium(file, ["--hide-scrollbars", `--screenshot=${path.resolve(png)}`], timeoutMs);
  if (!fs.existsSync(png)) throw new Error(`chromium wrote no screenshot of ${file}`);
}

function runChromium(file: string, args: readonly string[], timeoutMs: number): string {
  const result = spawnSync(
    CHROMIUM_PATH,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${scratchDir("hbr-chromium-")}`,
      `--window-size=${WINDOW.width},${WINDOW.height}`,
      "--force-device-scale-factor=1",
      ...args,
      `file://${path.resolve(file)}`,
    ],
    { encoding: "utf8", timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024 },
  );
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`chromium exited with ${result.status}: ${result.stderr.slice(-2000)}`);
  return result.stdout;
}
