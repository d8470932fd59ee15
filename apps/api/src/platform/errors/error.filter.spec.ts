import { NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { RoutineError } from '@samverkan/workflows';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error.js';
import { toErrorBody } from './error.filter.js';

describe('toErrorBody', () => {
  it('keeps the code and details of an AppError', () => {
    const error = new AppError('AGREEMENT_VERSION_PUBLISHED', 409, 'Published versions cannot change', { version: 2 });
    expect(toErrorBody(error)).toEqual({
      status: 409,
      body: {
        code: 'AGREEMENT_VERSION_PUBLISHED',
        message: 'Published versions cannot change',
        details: { version: 2 },
      },
    });
  });

  it('gives Nest HTTP errors a stable code', () => {
    expect(toErrorBody(new NotFoundException('Cannot GET /api/x')).body).toEqual({
      code: 'NOT_FOUND',
      message: 'Cannot GET /api/x',
    });
    expect(toErrorBody(new UnprocessableEntityException()).body.code).toBe('VALIDATION_FAILED');
  });

  it('answers a routine that loops with 422, not 500: the request fails, the server goes on', () => {
    const error = new RoutineError('ROUTINE_DEFINITION_LOOPS', { sv: 'Rutinen fastnar.', en: 'The routine loops.' });
    expect(toErrorBody(error)).toEqual({
      status: 422,
      body: {
        code: 'ROUTINE_DEFINITION_LOOPS',
        message: 'The routine loops.',
        details: { problems: [], sv: 'Rutinen fastnar.' },
      },
    });
  });

  it('hides the message of an unexpected error', () => {
    expect(toErrorBody(new Error('password=hunter2'))).toEqual({
      status: 500,
      body: { code: 'INTERNAL', message: 'Internal server error' },
    });
  });

  it('answers a unique violation no service named (two writers of one key at once) with 409', () => {
    const duplicate = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(toErrorBody(new QueryFailedError('INSERT …', [], duplicate))).toMatchObject({
      status: 409,
      body: { code: 'CONFLICT' },
    });
    const other = Object.assign(new Error('deadlock detected'), { code: '40P01' });
    expect(toErrorBody(new QueryFailedError('UPDATE …', [], other)).status).toBe(500);
  });
});
