// Preloaded with `node --import` into measured processes: at exit, their
// peak RSS (KiB) goes to file descriptor 3, which the bench opens as a pipe.
import { writeSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const REPORT_FD = 3;

// Preloads run in worker threads too; the process's figure is the main thread's to report.
process.on("exit", () => {
  if (!isMainThread) return;
  try {
    writeSync(REPORT_FD, String(process.resourceUsage().maxRSS));
  } catch {
    // Started without the bench's pipe: nothing to report to.
  }
});
