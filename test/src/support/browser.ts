import { chromium, type Browser } from 'playwright-core';

/**
 * Flags that let Debian's Chromium run headless as root on a closed network (see STACK.md,
 * "Browser tests"). Playwright gives each launch a fresh temporary user-data-dir itself.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the system Chromium (never a downloaded build); CHROMIUM_PATH overrides its path. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (error) {
    throw new Error(
      `Could not start Chromium at ${executablePath}: install it with "apt-get install -y chromium" ` +
        'or set CHROMIUM_PATH.',
      { cause: error },
    );
  }
}
