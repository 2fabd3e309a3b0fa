import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';

/** Starts the app on a free loopback port and returns its base URL (`http://127.0.0.1:PORT`). */
export async function listenOnLoopback(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(app.getHttpServer() as { address(): AddressInfo }).address().port}`;
}
