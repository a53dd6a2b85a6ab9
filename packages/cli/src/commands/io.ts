import type { Renderer } from "../pipeline/background-renderer.js";

/** What a command may do to the outside world besides the file system: print, know where it runs, use a thread. */
export interface CommandIO {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Starts the renderer of the generated packages; the process's own CLI
   * starts it on a worker thread before parsing. Absent (callers in
   * process, such as tests), generate renders in the calling thread.
   */
  readonly startRenderer?: () => Renderer;
}
