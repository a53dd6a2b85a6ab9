import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>/` */
  readonly base: string;
  /** How many requests each path received. */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

/**
 * An HTTP server on the loopback interface and an ephemeral port, answering
 * from a table of paths (404 for anything else). `close` also drops the
 * connections that a handler left hanging on purpose.
 */
export async function startServer(routes: Readonly<Record<string, Handler>>): Promise<LoopbackServer> {
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    response.on("error", () => undefined);
    const handler = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (handler) handler(request, response);
    else response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on the loopback interface that nothing listens on: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function page(body: string | Uint8Array, contentType = "text/plain; charset=utf-8"): Handler {
  return (_request, response) => {
    response.writeHead(200, { "content-type": contentType }).end(body);
  };
}

export function status(code: number): Handler {
  return (_request, response) => {
    response.writeHead(code, { "content-type": "text/plain" }).end(`status ${code}`);
  };
}

export function redirect(location: string, code = 302): Handler {
  return (_request, response) => {
    response.writeHead(code, { location }).end();
  };
}

/** Accepts the request and never answers. */
export const silent: Handler = () => undefined;

/** Sends the headers and the first bytes, then nothing more. */
export function stalled(firstBytes: string): Handler {
  return (_request, response) => {
    response.writeHead(200, { "content-type": "text/plain" });
    response.write(firstBytes);
  };
}
