// The worker thread of a background renderer (see background-renderer.ts):
// it loads the emitters, and ts-morph with them, as soon as it starts, then
// renders the one catalog it is sent.
import { parentPort } from "node:worker_threads";
import { preloadEmitters } from "@aml-errors/emitters";
import type { RenderReply, RenderRequest } from "./background-renderer.js";
import { renderPackages } from "./render-packages.js";

const port = parentPort;
if (port === null) throw new Error("emit-worker.js runs as a worker thread");
const loading = preloadEmitters();

port.once("message", async (request: RenderRequest) => {
  let reply: RenderReply;
  try {
    await loading;
    reply = { ok: true, rendered: await renderPackages(request.catalog, new Map(request.manifestTexts)) };
  } catch (error) {
    reply = { ok: false, stack: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
