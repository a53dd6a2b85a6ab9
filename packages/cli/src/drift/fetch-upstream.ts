import { isAcceptedContentType } from "./content-type.js";
import { type FetchLimits, formatBytes } from "./limits.js";
import { describeNetworkError } from "./network-reason.js";
import { readLimitedBody } from "./read-limited-body.js";
import { type UpstreamRead, unavailable } from "./upstream-read.js";

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const GONE_STATUSES = new Set([404, 410]);

type Step = { readonly next: string } | { readonly done: UpstreamRead };

function statusLine(response: Response): string {
  return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
}

/** Where a redirect leads, or why it is not followed. */
function followRedirect(response: Response, current: string, visited: ReadonlySet<string>, limits: FetchLimits): Step {
  const location = response.headers.get("location");
  if (location === null) return { done: unavailable(`${statusLine(response)} without a Location header`) };
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    return { done: unavailable(`${statusLine(response)} to an invalid location ${JSON.stringify(location)}`) };
  }
  if (next.protocol !== "http:" && next.protocol !== "https:") {
    return { done: unavailable(`redirect to ${next.protocol} URL ${next.href} refused`) };
  }
  // Another origin is another publisher: the report would name the first and `--write` store the other's page.
  if (next.origin !== new URL(current).origin) {
    return { done: unavailable(`redirect to another origin refused: ${current} leads to ${next.href}`) };
  }
  if (visited.has(next.href)) return { done: unavailable(`redirect loop: ${current} leads back to ${next.href}`) };
  if (visited.size > limits.maxRedirects) {
    return { done: unavailable(`more than ${limits.maxRedirects} redirects (last to ${next.href})`) };
  }
  return { next: next.href };
}

async function readPage(response: Response, limits: FetchLimits): Promise<UpstreamRead> {
  const contentType = response.headers.get("content-type");
  if (!isAcceptedContentType(contentType)) {
    return unavailable(
      `content type ${contentType === null ? "missing" : JSON.stringify(contentType)}, not a text page`,
    );
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > limits.maxBytes) {
    return unavailable(
      `too large: ${formatBytes(declared)} announced, over the limit of ${formatBytes(limits.maxBytes)}`,
    );
  }
  const bytes = await readLimitedBody(response.body, limits.maxBytes);
  if (bytes === undefined) return unavailable(`too large: more than ${formatBytes(limits.maxBytes)}`);
  return { kind: "found", bytes };
}

async function judge(response: Response, limits: FetchLimits): Promise<UpstreamRead> {
  if (response.status === 200) return readPage(response, limits);
  if (GONE_STATUSES.has(response.status)) return { kind: "gone", reason: statusLine(response) };
  if (response.status >= 500) return unavailable(`server error: ${statusLine(response)}`);
  return unavailable(statusLine(response));
}

/**
 * Fetches one upstream page with every limit in place: one deadline for the
 * whole exchange (redirects and body included), redirects followed by hand
 * so that they are counted, loops caught and kept to the first URL's origin
 * (scheme, host and port), a body read as a stream that is
 * dropped as soon as it passes the size limit. Never throws: every failure
 * is a one-line reason.
 */
export async function fetchUpstream(url: string, limits: FetchLimits): Promise<UpstreamRead> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const visited = new Set<string>();
  let current = url;
  try {
    for (;;) {
      visited.add(current);
      const response = await fetch(current, {
        redirect: "manual",
        signal,
        headers: { accept: "text/markdown, text/plain;q=0.9, */*;q=0.1" },
      });
      if (!REDIRECT_STATUSES.has(response.status)) {
        const read = await judge(response, limits);
        if (read.kind !== "found") await response.body?.cancel().catch(() => undefined);
        return read;
      }
      await response.body?.cancel().catch(() => undefined);
      const step = followRedirect(response, current, visited, limits);
      if ("done" in step) return step.done;
      current = step.next;
    }
  } catch (error) {
    return unavailable(describeNetworkError(error, current, limits.timeoutMs));
  }
}
