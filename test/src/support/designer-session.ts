// The set-up every designer spec shares: the built API (its own database and queue prefix), the
// system Chromium, a Swedish browser context and a page whose uncaught errors are collected so a
// test can require none. It registers Jest hooks, so it is called inside a `describe`; a spec that
// needs more (a provider started first, rows put in the database, a console listener) registers
// its own hooks next to it: Jest runs a block's hooks in the order they were registered.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startApi } from './api-process.js';
import { launchChromium } from './browser.js';

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} did not start`);
  return value;
}

export interface DesignerSessionOptions {
  /** How long each hook may take (the spec's own timeout: start-up on 2 cores is slow). */
  timeout: number;
  /**
   * The API's environment over startApi's own; a function when it depends on something an
   * earlier `beforeAll` of the spec started (the OIDC provider's issuer).
   */
  env?: Record<string, string> | (() => Record<string, string>);
  /** Options for the browser context over `{ locale: 'sv-SE' }` (e.g. `acceptDownloads`). */
  contextOptions?: BrowserContextOptions;
  /**
   * `test` (the default): a fresh context and page for each test, so no session or storage
   * carries over. `file`: one context and page for the whole file, for a journey whose tests
   * continue where the last one stopped.
   */
  contextPer?: 'test' | 'file';
}

export interface DesignerSession {
  readonly page: Page;
  readonly context: BrowserContext | undefined;
  /** The page's uncaught errors; a fresh list for each test when the context is per test. */
  readonly pageErrors: string[];
  baseUrl(): string;
  /** The API's database, for a spec that puts in place what no route makes. */
  databaseUrl(): string;
}

/** Registers the hooks that start and stop the API, Chromium and the page; call it in a `describe`. */
export function designerSession(options: DesignerSessionOptions): DesignerSession {
  const { timeout, contextPer = 'test' } = options;
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let pageErrors: string[] = [];

  async function openPage(): Promise<void> {
    context = await required(browser, 'Chromium').newContext({ locale: 'sv-SE', ...options.contextOptions });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }

  async function closePage(): Promise<void> {
    await context?.close();
    context = undefined;
  }

  beforeAll(async () => {
    const env = typeof options.env === 'function' ? options.env() : options.env;
    api = await startApi(env ? { env } : {});
    browser = await launchChromium();
    if (contextPer === 'file') await openPage();
  }, timeout);

  afterAll(async () => {
    if (contextPer === 'file') await closePage();
    await browser?.close();
    await api?.stop();
  }, timeout);

  if (contextPer === 'test') {
    beforeEach(openPage, timeout);
    afterEach(closePage, timeout);
  }

  return {
    get page() {
      return required(page, 'The page');
    },
    get context() {
      return context;
    },
    get pageErrors() {
      return pageErrors;
    },
    baseUrl: () => required(api, 'The API').baseUrl,
    databaseUrl: () => required(api, 'The API').databaseUrl,
  };
}
