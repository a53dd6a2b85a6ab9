import { Worker } from "node:worker_threads";
import type { Catalog } from "@aml-errors/catalog/model";
import { type RenderedPackages, renderPackages } from "./render-packages.js";

/** Renders the packages of one catalog, once; `close` when the run needs no rendering after all. */
export interface Renderer {
  readonly render: (catalog: Catalog, manifestTexts: ReadonlyMap<string, string>) => Promise<RenderedPackages>;
  readonly close: () => Promise<void>;
}

export interface RenderRequest {
  readonly catalog: Catalog;
  readonly manifestTexts: readonly (readonly [string, string])[];
}

export type RenderReply =
  | { readonly ok: true; readonly rendered: RenderedPackages }
  | { readonly ok: false; readonly stack: string };

/** Renders in the calling thread, when it is asked to. */
export function inProcessRenderer(): Renderer {
  return { render: renderPackages, close: async () => undefined };
}

/**
 * Starts a worker thread that loads the emitters (ts-morph above all, the
 * largest part of a cold generate) while the calling thread reads, parses
 * and checks the sources, then renders there. On a machine with a second
 * core, loading and parsing overlap instead of adding up. A defect in the
 * emitters is rethrown here with the worker's stack.
 */
export function startBackgroundRenderer(): Renderer {
  // No node flags of the parent: `--input-type` or `-e` (a CLI run from a script) are refused in a worker.
  const worker = new Worker(new URL("./emit-worker.js", import.meta.url), { execArgv: [] });
  const exited = new Promise<number>((resolve) => worker.once("exit", resolve));
  return {
    render: (catalog, manifestTexts) =>
      new Promise<RenderedPackages>((resolve, reject) => {
        worker.once("message", (reply: RenderReply) => {
          if (reply.ok) resolve(reply.rendered);
          else reject(new Error(`the emitters failed: ${reply.stack}`));
        });
        worker.once("error", reject);
        void exited.then((code) => reject(new Error(`the emitter thread exited with ${code} before it replied`)));
        const request: RenderRequest = { catalog, manifestTexts: [...manifestTexts] };
        worker.postMessage(request);
      }).finally(() => worker.terminate()),
    close: async () => {
      await worker.terminate();
    },
  };
}
