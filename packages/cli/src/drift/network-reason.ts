import { errorCode } from "../fs/file-kind.js";

const REASONS_BY_CODE: Readonly<Record<string, (host: string) => string>> = {
  ECONNREFUSED: (host) => `connection refused by ${host}`,
  ENOTFOUND: (host) => `host ${host} not found`,
  EAI_AGAIN: (host) => `host ${host} could not be resolved (DNS)`,
  ECONNRESET: (host) => `connection reset by ${host}`,
  EHOSTUNREACH: (host) => `host ${host} is unreachable`,
  ENETUNREACH: (host) => `network unreachable for ${host}`,
  UND_ERR_SOCKET: (host) => `connection to ${host} closed unexpectedly`,
  UND_ERR_CONNECT_TIMEOUT: (host) => `timeout connecting to ${host}`,
  UND_ERR_HEADERS_TIMEOUT: (host) => `timeout waiting for ${host} to answer`,
  UND_ERR_BODY_TIMEOUT: (host) => `timeout reading the page from ${host}`,
};

/**
 * One line for any failure of `fetch` or of reading the body: an abort by
 * the deadline, a refused connection, a DNS or TLS problem. fetch wraps the
 * system error in a TypeError's `cause`, so that is where the code is.
 */
export function describeNetworkError(error: unknown, url: string, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `timeout: no complete answer within ${timeoutMs / 1000} s (raise it with --timeout)`;
  }
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    return `invalid URL ${url}`;
  }
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const code = errorCode(cause) ?? errorCode(error);
  const known = code === undefined ? undefined : REASONS_BY_CODE[code];
  if (known) return known(host);
  if (code?.startsWith("ERR_TLS") || code?.includes("CERT")) return `TLS problem with ${host} (${code})`;
  const message = cause instanceof Error ? cause.message : String(cause);
  return `request to ${host} failed (${code ?? message.split("\n")[0]})`;
}
