import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { AppError } from '../errors/app-error.js';
import { RUNTIME, type Runtime } from '../runtime.js';

/**
 * Prints self-contained HTML to PDF with the machine's Chromium (Debian's `chromium` package),
 * driven by playwright-core: Chromium's print engine honours the documents' @page rules.
 * Pages run without JavaScript and without network. One browser per process, started on first
 * use and closed at shutdown.
 */
@Injectable()
export class PdfRenderer implements OnApplicationShutdown {
  private browser: Promise<Browser> | undefined;

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async render(html: string): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const browser = await this.browser?.catch(() => undefined);
    await browser?.close();
  }

  private launch(): Promise<Browser> {
    const executablePath = this.runtime.config.chromiumPath;
    if (!existsSync(executablePath)) {
      throw new AppError(
        'PDF_UNAVAILABLE',
        501,
        `PDF needs Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
      );
    }
    this.browser ??= chromium
      .launch({
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      })
      .catch((error: unknown) => {
        this.browser = undefined;
        throw new AppError('PDF_UNAVAILABLE', 501, `Chromium at ${executablePath} did not start: ${String(error)}`);
      });
    return this.browser;
  }
}
