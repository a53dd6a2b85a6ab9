/** What a command may do to the outside world besides the file system: print, and know where it runs. */
export interface CommandIO {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}
