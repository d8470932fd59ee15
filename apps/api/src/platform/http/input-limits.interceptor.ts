import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { checkInput } from './input-limits.js';

/** Every route's parameters, query and body pass the input limits before the handler sees them. */
@Injectable()
export class InputLimitsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<Request>();
      checkInput(request.params, 'path');
      checkInput(request.query, 'query');
      checkInput(request.body, 'body');
    }
    return next.handle();
  }
}
