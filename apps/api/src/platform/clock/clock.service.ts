import { Injectable } from '@nestjs/common';

/** The one source of business time (STYLE: side effects behind ports); tests may swap it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in Europe/Stockholm, `YYYY-MM-DD`. */
  today(): string {
    return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(this.now());
  }
}
