import { type DynamicModule, Module } from '@nestjs/common';
import { DigestComposerService } from './digest-composer.service.js';
import { DIGEST_COMPOSER, NOTICE_COMPOSER } from './notice-composer.js';
import { NoticeComposerService } from './notice-composer.service.js';
import { NoticesModule } from './notices.module.js';

/**
 * The composer ports bound for every module (global), so the delivery module reaches
 * NOTICE_COMPOSER, DIGEST_COMPOSER and the recipients without importing the notices module. The composition root
 * installs this one, or a test's own composer in its place (AppOptions.noticeComposer): two
 * global providers of one token would leave it to Nest which one a module gets.
 */
@Module({})
export class NoticeComposerModule {
  static forRoot(): DynamicModule {
    return {
      module: NoticeComposerModule,
      global: true,
      imports: [NoticesModule],
      providers: [
        { provide: NOTICE_COMPOSER, useExisting: NoticeComposerService },
        { provide: DIGEST_COMPOSER, useExisting: DigestComposerService },
      ],
      exports: [NOTICE_COMPOSER, DIGEST_COMPOSER, NoticesModule],
    };
  }
}
