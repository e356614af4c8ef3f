import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from './apiError';
import type { Dispatcher } from './dispatcher';
import type { FileStore } from './fileStore';
import { parseParams, readBody } from './requestBody';
import type { ApiResponse, Params } from './types';

const API_PATH = /^\/bot([^/]*)\/([^/]*)$/;
const FILE_PATH = /^\/file\/bot([^/]*)\/(.+)$/;

function sendJson(res: ServerResponse, status: number, body: ApiResponse): void {
  if (res.writableEnded || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** HTTP front of the fake: /bot<token>/<method> and /file/bot<token>/<file_path>, on 127.0.0.1:<random>. */
export class FakeHttpServer {
  private readonly server: Server;

  constructor(
    private readonly token: string,
    private readonly dispatcher: Dispatcher,
    private readonly files: FileStore,
    private readonly now: () => number,
  ) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        const description = error instanceof Error ? error.message : String(error);
        sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${description}` });
      });
    });
  }

  listen(): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        const address = this.server.address() as AddressInfo;
        resolve(`http://127.0.0.1:${address.port}`);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = this.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }

    const fileMatch = FILE_PATH.exec(path);
    if (fileMatch !== null && (req.method === 'GET' || req.method === 'HEAD')) {
      req.resume();
      return this.serveFile(res, fileMatch[1] ?? '', fileMatch[2] ?? '');
    }

    const apiMatch = API_PATH.exec(path);
    if (apiMatch === null) {
      req.resume();
      return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    }
    const [, token = '', method = ''] = apiMatch;
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableEnded) controller.abort();
    });
    const options = { signal: controller.signal, viaWebhookReply: false, at };

    let params: Params = {};
    try {
      const body = await readBody(req);
      params = await parseParams(url.searchParams, req.headers['content-type'], body);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(400, 'Bad Request: invalid request');
      this.dispatcher.record(method, params, options, apiError.errorCode, apiError.toResponse());
      return sendJson(res, apiError.errorCode, apiError.toResponse());
    }

    if (token !== this.token) {
      const body: ApiResponse = { ok: false, error_code: 401, description: 'Unauthorized' };
      this.dispatcher.record(method, params, options, 401, body);
      return sendJson(res, 401, body);
    }
    const result = await this.dispatcher.dispatch(method, params, options);
    sendJson(res, result.status, result.body);
  }

  private serveFile(res: ServerResponse, token: string, filePath: string): void {
    if (token !== this.token) return sendJson(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const bytes = this.files.bytes(filePath);
    if (bytes === undefined) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    res.writeHead(200, { 'content-type': this.files.contentType(filePath), 'content-length': bytes.length });
    res.end(bytes);
  }
}
