import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian/Ubuntu's Chromium when installed (or CHROMIUM_PATH); elsewhere Playwright's own. */
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  .filter((path): path is string => Boolean(path))
  .find((path) => existsSync(path));

export const launchOptions: LaunchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  // The closed network makes Chromium's background services noisy; none are needed.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
