import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import pLimit from 'p-limit';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { AppError } from '../errors/app-error.js';
import { RUNTIME, type Runtime } from '../config/runtime.js';

/**
 * Renders printing at once, per process. A render holds a Chromium page (tens of MB) and a core
 * for about a second; two keep a small machine answering everything else.
 */
export const MAX_CONCURRENT_RENDERS = 2;
/** Renders that may wait for a slot; beyond them the request is refused at once (503). */
export const MAX_WAITING_RENDERS = 4;
/** What a refused render tells the client to wait: a few renders' time. */
export const PDF_BUSY_RETRY_AFTER_SECONDS = 5;
/** The longest one render may take (loading the HTML, then printing it). */
export const RENDER_TIMEOUT_MS = 30_000;

const isRoot = () => process.getuid?.() === 0;

/**
 * Prints self-contained HTML to PDF with the machine's Chromium (Debian's `chromium` package),
 * driven by playwright-core: Chromium's print engine honours the documents' @page rules.
 * One browser per process, started on first use and closed at shutdown.
 *
 * Isolation: pages run without JavaScript, offline, and with every request aborted (the HTML is
 * set directly, so the document itself needs none). Chromium's own sandbox is on when the API
 * does not run as root; as root Chromium refuses to start with it, so there (and where the
 * sandbox cannot start, e.g. a container without user namespaces) it runs with --no-sandbox,
 * said once in the log, and the page restrictions above are the isolation left.
 */
@Injectable()
export class PdfRenderer implements OnApplicationShutdown {
  private readonly logger = new Logger('PdfRenderer');
  private readonly slots = pLimit(MAX_CONCURRENT_RENDERS);
  private browser: Promise<Browser> | undefined;

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  /** Renders now, after a wait for a slot, or 503 PDF_BUSY when too many are waiting. */
  render(html: string): Promise<Buffer> {
    if (this.slots.activeCount + this.slots.pendingCount >= MAX_CONCURRENT_RENDERS + MAX_WAITING_RENDERS) {
      return Promise.reject(
        new AppError(
          'PDF_BUSY',
          503,
          'Too many documents are being printed: try again shortly',
          { retryAfterSeconds: PDF_BUSY_RETRY_AFTER_SECONDS },
          { 'Retry-After': String(PDF_BUSY_RETRY_AFTER_SECONDS) },
        ),
      );
    }
    return this.slots(() => this.print(html));
  }

  /** Renders under way and waiting for a slot. */
  get load(): { rendering: number; waiting: number } {
    return { rendering: this.slots.activeCount, waiting: this.slots.pendingCount };
  }

  async onApplicationShutdown(): Promise<void> {
    const browser = await this.browser?.catch(() => undefined);
    await browser?.close();
  }

  private async print(html: string): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    try {
      context.setDefaultTimeout(RENDER_TIMEOUT_MS);
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      await page.setContent(withoutRefresh(html), { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close();
    }
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
    this.browser ??= this.start(executablePath, !isRoot())
      .catch((error: unknown) => {
        if (isRoot()) throw error;
        this.logger.warn(`Chromium did not start with its sandbox (${String(error)}); starting it without`);
        return this.start(executablePath, false);
      })
      .catch((error: unknown) => {
        this.browser = undefined;
        throw new AppError('PDF_UNAVAILABLE', 501, `Chromium at ${executablePath} did not start: ${String(error)}`);
      });
    return this.browser;
  }

  private async start(executablePath: string, sandbox: boolean): Promise<Browser> {
    const browser = await chromium.launch({
      executablePath,
      // playwright adds --no-sandbox unless told otherwise.
      chromiumSandbox: sandbox,
      args: [
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        // No name resolves in this browser: even a request that slipped past the page's
        // restrictions would go nowhere (playwright talks to Chromium over a pipe, not the network).
        '--host-resolver-rules=MAP * ~NOTFOUND',
      ],
    });
    if (!sandbox) {
      this.logger.warn(
        isRoot()
          ? 'Chromium runs without its sandbox because the API runs as root; pages print without JavaScript or network'
          : 'Chromium runs without its sandbox; pages print without JavaScript or network',
      );
    }
    return browser;
  }
}

/**
 * A `<meta http-equiv="refresh">` navigates the page even without JavaScript; the navigation is
 * blocked, but it replaces the document with an error page while it prints ("Printing failed").
 * Samverkan's own documents have none: any there is removed before printing.
 */
function withoutRefresh(html: string): string {
  return html.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?\s*refresh[^>]*>/gi, '');
}
