import type { INestApplicationContext } from '@nestjs/common';
import { BoardHttpFactory, type BoardHttp } from '@job-hunter/job-boards';

/**
 * Tells `log` the URL of every job-board request the app's runs make (test spies): each HTTP
 * client the factory hands out is wrapped, whichever selection asked for it.
 */
export function logBoardRequests(app: INestApplicationContext, log: (url: string) => void): void {
  const factory = app.get(BoardHttpFactory);
  const create = factory.create.bind(factory);
  jest.spyOn(factory, 'create').mockImplementation((selection) => {
    const http = create(selection);
    const counted: BoardHttp = {
      getJson: (url, options) => (log(url), http.getJson(url, options)),
      postJson: (url, body, options) => (log(url), http.postJson(url, body, options)),
      getText: (url, options) => (log(url), http.getText(url, options)),
    };
    return counted as ReturnType<typeof create>;
  });
}
