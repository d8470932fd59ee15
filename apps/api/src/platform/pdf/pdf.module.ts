import { Module } from '@nestjs/common';
import { PdfRenderer } from './pdf-renderer.service.js';

/** HTML to PDF in a headless Chromium, a few at a time. */
@Module({ providers: [PdfRenderer], exports: [PdfRenderer] })
export class PdfModule {}
