import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which .ci/run installs when missing; CHROMIUM_PATH points elsewhere on other machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags that keep the browser from talking to anything but the page under test: no QUIC, no background
 * networking, component updates or sync, so that the tests' "no request leaves 127.0.0.1" means the page's own.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium, failing with what to install when it is missing. */
export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
  } catch (error) {
    throw new Error(
      `Chromium could not start from ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH): ${String(error)}`,
    );
  }
}

/**
 * Starts the system under test and Chromium side by side. When either fails, the one that did start is stopped
 * before the failure is reported: otherwise a suite whose browser cannot launch leaves every subgraph and the
 * gateway running, and its jest worker cannot exit.
 */
export async function startWithChromium<System extends { stop(): Promise<void> }>(
  startSystem: Promise<System>,
): Promise<[System, Browser]> {
  const [system, browser] = await Promise.allSettled([startSystem, launchChromium()]);
  if (system.status === 'fulfilled' && browser.status === 'fulfilled') return [system.value, browser.value];
  if (system.status === 'fulfilled') await system.value.stop();
  if (browser.status === 'fulfilled') await browser.value.close();
  throw system.status === 'rejected' ? system.reason : (browser as PromiseRejectedResult).reason;
}
