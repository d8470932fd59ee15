import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import type { Runtime } from '../config/runtime.js';
import {
  MAX_CONCURRENT_RENDERS,
  MAX_WAITING_RENDERS,
  PDF_BUSY_RETRY_AFTER_SECONDS,
  PdfRenderer,
} from './pdf-renderer.service.js';

// The machine's Chromium, really printing: documents carry text that parties typed.
describe('the PDF renderer', () => {
  let renderer: PdfRenderer;
  let server: http.Server;
  let origin: string;
  const requested: string[] = [];

  beforeAll(async () => {
    const config = loadConfig({ CHROMIUM_PATH: process.env['CHROMIUM_PATH'] }, '/');
    renderer = new PdfRenderer({ config } as Runtime);
    server = http.createServer((req, res) => {
      requested.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await renderer?.onApplicationShutdown();
    server?.close();
  });

  it('lets the page fetch nothing: images, styles, fonts, frames, objects, prefetches, redirects', async () => {
    const html = `<!doctype html><html><head>
      <meta http-equiv="refresh" content="0; url=${origin}/refresh">
      <link rel="stylesheet" href="${origin}/style.css">
      <link rel="prefetch" href="${origin}/prefetch">
      <link rel="icon" href="${origin}/icon">
      <style>
        @import url("${origin}/import.css");
        @font-face { font-family: x; src: url("${origin}/font.woff2"); }
        body { font-family: x; background: url("${origin}/background.png"); }
      </style></head><body>
      <p>Överenskommelse</p>
      <img src="${origin}/image.png">
      <img src="//127.0.0.1:${new URL(origin).port}/protocol-relative.png">
      <iframe src="${origin}/frame"></iframe>
      <object data="${origin}/object"></object>
      <video poster="${origin}/poster.png" src="${origin}/video.mp4"></video>
      <script src="${origin}/script.js"></script>
      <form action="${origin}/form"></form>
      </body></html>`;
    const pdf = await renderer.render(html);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await new Promise((resolve) => setTimeout(resolve, 300)); // anything late would have arrived
    expect(requested).toEqual([]);
  });

  it(`prints ${MAX_CONCURRENT_RENDERS} at a time, lets ${MAX_WAITING_RENDERS} wait and refuses the rest with 503`, async () => {
    const page = '<!doctype html><html><body><p>Sida</p></body></html>';
    let busiest = 0;
    const sampler = setInterval(() => (busiest = Math.max(busiest, renderer.load.rendering)), 2);
    const calls = Array.from({ length: MAX_CONCURRENT_RENDERS + MAX_WAITING_RENDERS + 3 }, () =>
      renderer.render(page).then(
        () => 'printed',
        (error: unknown) => error,
      ),
    );
    expect(renderer.load).toEqual({ rendering: MAX_CONCURRENT_RENDERS, waiting: MAX_WAITING_RENDERS });
    const outcomes = await Promise.all(calls);
    clearInterval(sampler);

    expect(outcomes.filter((outcome) => outcome === 'printed')).toHaveLength(
      MAX_CONCURRENT_RENDERS + MAX_WAITING_RENDERS,
    );
    const refused = outcomes.filter((outcome) => outcome !== 'printed');
    expect(refused).toHaveLength(3);
    for (const error of refused) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: 'PDF_BUSY',
        status: 503,
        headers: { 'Retry-After': String(PDF_BUSY_RETRY_AFTER_SECONDS) },
      });
    }
    expect(busiest).toBeLessThanOrEqual(MAX_CONCURRENT_RENDERS);
    expect(renderer.load).toEqual({ rendering: 0, waiting: 0 });
  });
});
