// Preloaded with `node --import` into measured processes: at exit, their
// peak RSS (KiB) goes to file descriptor 3, which the bench opens as a pipe.
import { writeSync } from "node:fs";

const REPORT_FD = 3;

process.on("exit", () => {
  try {
    writeSync(REPORT_FD, String(process.resourceUsage().maxRSS));
  } catch {
    // Started without the bench's pipe: nothing to report to.
  }
});
