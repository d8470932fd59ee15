import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serveDesigner } from './designer.js';

@Controller('api')
class ProbeController {
  @Get('probe')
  probe(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const INDEX = '<!doctype html><html lang="sv"><body><div id="root"></div></body></html>';

// The designer's client-side routes are real addresses: the API must answer each with the page.
describe('serveDesigner', () => {
  let app: NestExpressApplication;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'designer-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), INDEX);
    await writeFile(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
    app = await NestFactory.create<NestExpressApplication>(ProbeModule, { logger: false });
    expect(serveDesigner(app, dir)).toBe(true);
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const get = (pathname: string, accept = 'text/html,application/xhtml+xml,*/*;q=0.8') =>
    fetch(`${url}${pathname}`, { headers: { Accept: accept } });

  it.each(['/', '/profil', '/avtal/jamtland/version/2', '/avtal/jamtland/version/2/kalender/2027'])(
    'answers the deep link %s with the designer’s page, not cached',
    async (pathname) => {
      const response = await get(pathname);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX);
    },
  );

  it('serves the built files themselves', async () => {
    const response = await get('/assets/index-abc.js', '*/*');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('leaves a missing file a 404 instead of answering it with the page', async () => {
    expect((await get('/assets/index-old.js', '*/*')).status).toBe(404);
    expect((await get('/favicon.ico')).status).toBe(404);
  });

  it('leaves the API’s own paths to the API', async () => {
    expect(await (await get('/api/probe', 'application/json')).json()).toEqual({ ok: true });
    for (const pathname of ['/api/nothing', '/auth/nothing', '/health/nothing', '/.well-known/nothing']) {
      const response = await get(pathname);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toBe(INDEX);
    }
  });

  it('answers nothing but GET and HEAD with the page', async () => {
    const response = await fetch(`${url}/avtal/jamtland`, { method: 'POST', headers: { Accept: 'text/html' } });
    expect(response.status).toBe(404);
  });

  it('reports a folder without index.html (the designer not built)', async () => {
    expect(serveDesigner(app, path.join(dir, 'assets'))).toBe(false);
  });
});
