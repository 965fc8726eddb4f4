import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firstImageLoad,
  imageFailureOf,
  imageRetryDelay,
  imageRetryDelays,
  nextImageLoad,
  type ImageEvent,
  type ImageLoad,
} from './image-retry';

const url = '/api/v1/documents/d1/page-image?page=1';
const other = '/api/v1/documents/d1/page-image?page=2';

/** The states after each event in turn, starting from the first load of `url`. */
function run(events: ImageEvent['type'][], delays = imageRetryDelays, at = url): ImageLoad[] {
  const states: ImageLoad[] = [];
  let load = firstImageLoad(at);
  for (const type of events) {
    load = nextImageLoad(load, { type, url: at }, delays);
    states.push(load);
  }
  return states;
}
const last = (states: ImageLoad[]) => states[states.length - 1]!;

describe('page image retry', () => {
  it('starts loading the first attempt', () => {
    expect(firstImageLoad(url)).toEqual({ url, attempt: 1, errors: 0, phase: 'loading' });
    expect(imageRetryDelay(firstImageLoad(url))).toBeNull();
  });

  it('a loaded image stays loaded', () => {
    expect(last(run(['loaded']))).toEqual({ url, attempt: 1, errors: 0, phase: 'loaded' });
    expect(imageRetryDelay(last(run(['loaded'])))).toBeNull();
  });

  it('waits 1, 2 and 4 seconds before the attempts after an error, each with a new attempt number', () => {
    const states = run(['error', 'due', 'error', 'due', 'error', 'due']);
    expect(states.map((state) => [state.phase, state.attempt, imageRetryDelay(state)])).toEqual([
      ['waiting', 1, 1000],
      ['loading', 2, null],
      ['waiting', 2, 2000],
      ['loading', 3, null],
      ['waiting', 3, 4000],
      ['loading', 4, null],
    ]);
  });

  it('fails after the last attempt, and then waits for nothing', () => {
    const failed = last(run(['error', 'due', 'error', 'due', 'error', 'due', 'error']));
    expect(failed).toEqual({ url, attempt: 4, errors: 4, phase: 'failed' });
    expect(imageRetryDelay(failed)).toBeNull();
    // A stray timer or a second error changes nothing.
    expect(nextImageLoad(failed, { type: 'due', url })).toBe(failed);
    expect(nextImageLoad(failed, { type: 'error', url })).toBe(failed);
  });

  it('a success on a later attempt ends the retrying', () => {
    const states = run(['error', 'due', 'error', 'due', 'loaded']);
    expect(last(states)).toEqual({ url, attempt: 3, errors: 2, phase: 'loaded' });
    expect(imageRetryDelay(last(states))).toBeNull();
  });

  it('"try again" after the failure starts a new round of attempts with the same delays', () => {
    const failed = last(run(['error', 'due', 'error', 'due', 'error', 'due', 'error']));
    const again = nextImageLoad(failed, { type: 'retry', url });
    expect(again).toEqual({ url, attempt: 5, errors: 0, phase: 'loading' });
    const waiting = nextImageLoad(again, { type: 'error', url });
    expect(imageRetryDelay(waiting)).toBe(1000);
    expect(nextImageLoad(waiting, { type: 'due', url }).attempt).toBe(6);
  });

  it('"try again" does nothing while an attempt is under way or waited for', () => {
    const loading = firstImageLoad(url);
    expect(nextImageLoad(loading, { type: 'retry', url })).toBe(loading);
    const waiting = nextImageLoad(loading, { type: 'error', url });
    expect(nextImageLoad(waiting, { type: 'retry', url })).toBe(waiting);
  });

  it('a timer that is due while nothing waits does not start another attempt', () => {
    const loading = firstImageLoad(url);
    expect(nextImageLoad(loading, { type: 'due', url })).toBe(loading);
    const loaded = nextImageLoad(loading, { type: 'loaded', url });
    expect(nextImageLoad(loaded, { type: 'due', url })).toBe(loaded);
  });

  it('another page starts afresh, whatever state the previous page was in', () => {
    const failed = last(run(['error', 'due', 'error', 'due', 'error', 'due', 'error']));
    expect(nextImageLoad(failed, { type: 'error', url: other })).toEqual({
      url: other,
      attempt: 1,
      errors: 1,
      phase: 'waiting',
    });
    expect(nextImageLoad(failed, { type: 'loaded', url: other })).toEqual({
      url: other,
      attempt: 1,
      errors: 0,
      phase: 'loaded',
    });
  });

  it('follows the delays it is given: none means a single attempt', () => {
    expect(last(run(['error'], []))).toMatchObject({ phase: 'failed', errors: 1 });
    const states = run(['error', 'due', 'error'], [50]);
    expect(imageRetryDelay(states[0]!, [50])).toBe(50);
    expect(last(states).phase).toBe('failed');
  });
});

describe('imageFailureOf: the reason an image cannot be had, asked for as JSON after the last attempt', () => {
  let server: Server;
  let base: string;
  const unreadable = {
    error: {
      code: 'document.page_image.unreadable',
      message: { nl: 'Pagina 2 kan niet getekend worden: het bestand is beschadigd.', en: 'Page 2 cannot be drawn.' },
    },
  };
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/unreadable') {
        response.writeHead(422, { 'content-type': 'application/json' }).end(JSON.stringify(unreadable));
      } else if (request.url === '/image') {
        response.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from([0xff, 0xd8, 0xff]));
      } else response.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((closed) => server.close(closed));
  });

  it("gives the API's words for a page that cannot be drawn", async () => {
    const failure = await imageFailureOf(`${base}/unreadable`);
    expect(failure).toMatchObject({ status: 422, code: 'document.page_image.unreadable' });
    expect(failure?.text.nl).toContain('kan niet getekend worden');
  });

  it('gives a general reason for an answer without words, and none when the image loads now', async () => {
    expect(await imageFailureOf(`${base}/other`)).toMatchObject({ status: 503, code: 'http.503' });
    expect(await imageFailureOf(`${base}/image`)).toBeNull();
  });

  it('says the server cannot be reached when it cannot', async () => {
    const closed = createServer();
    await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    expect(await imageFailureOf(`http://127.0.0.1:${port}/image`)).toMatchObject({ code: 'network.unreachable' });
  });
});
