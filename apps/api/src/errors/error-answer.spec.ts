import {
  BadRequestException,
  InternalServerErrorException,
  NotFoundException,
  PayloadTooLargeException,
  ServiceUnavailableException,
  UnauthorizedException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import { ApiError } from './api-error';
import { INTERNAL_MESSAGE, errorAnswer } from './error-answer';

describe('errorAnswer', () => {
  it('gives an ApiError its own status, code, message and headers', () => {
    expect(errorAnswer(new ApiError(503, 'QUEUE_FULL', 'Too many runs waiting.', { 'Retry-After': '30' }))).toEqual({
      status: 503,
      code: 'QUEUE_FULL',
      message: 'Too many runs waiting.',
      headers: { 'Retry-After': '30' },
      unexpected: false,
    });
  });

  it.each([
    ['INVALID_INPUT', 400],
    ['RESUME_UNREADABLE', 400],
    ['CONFIG_INVALID', 400],
    ['RUN_NOT_FOUND', 404],
    ['JOB_NOT_FOUND', 404],
    ['RUN_NOT_FINISHED', 409],
  ] as const)('answers the bad-input JobHunterError %s with %i, its code and the CLI message', (code, status) => {
    const answer = errorAnswer(new JobHunterError(code, 'Resume x.pdf has no readable text.'));
    expect(answer).toMatchObject({ status, code, message: 'Resume x.pdf has no readable text.', unexpected: false });
  });

  it('hides a JobHunterError that is not the person’s doing behind 500 INTERNAL', () => {
    const answer = errorAnswer(new JobHunterError('STORAGE_ERROR', 'insert into runs failed at /var/lib/db'));
    expect(answer).toEqual({ status: 500, code: 'INTERNAL', message: INTERNAL_MESSAGE, headers: {}, unexpected: true });
  });

  it.each([
    [new NotFoundException('Cannot GET /nope'), 404, 'NOT_FOUND', 'Cannot GET /nope'],
    [new BadRequestException('Unexpected end of JSON input'), 400, 'BAD_INPUT', 'Unexpected end of JSON input'],
    [
      new BadRequestException(['a must be a string', 'b must not be empty']),
      400,
      'BAD_INPUT',
      'a must be a string; b must not be empty',
    ],
    [new PayloadTooLargeException('File too large'), 413, 'UPLOAD_TOO_LARGE', 'File too large'],
    [new UnsupportedMediaTypeException('Not a PDF'), 415, 'UNSUPPORTED_MEDIA_TYPE', 'Not a PDF'],
  ])('maps Nest’s %p to its status, a code and its message', (e, status, code, message) => {
    expect(errorAnswer(e)).toEqual({ status, code, message, headers: {}, unexpected: false });
  });

  it('answers 401 with no detail whatever the exception said, asking for a bearer token', () => {
    expect(errorAnswer(new UnauthorizedException('token abc is wrong'))).toEqual({
      status: 401,
      code: 'UNAUTHORIZED',
      message: 'Unauthorized',
      headers: { 'WWW-Authenticate': 'Bearer' },
      unexpected: false,
    });
  });

  it.each([
    ['an Error', new Error('ECONNREFUSED 10.0.0.3:5432 password=hunter2')],
    ['a thrown string', 'boom'],
    ['a 5xx HttpException', new InternalServerErrorException('pool exhausted at db.internal')],
    ['a 503 HttpException', new ServiceUnavailableException('db.internal is down')],
  ])('answers %s with 500 INTERNAL and a message that gives nothing away', (_what, e) => {
    expect(errorAnswer(e)).toEqual({
      status: 500,
      code: 'INTERNAL',
      message: INTERNAL_MESSAGE,
      headers: {},
      unexpected: true,
    });
  });
});
