export type { CommandIO } from "./commands/io.js";
export { ExitCode } from "./exit-codes.js";
export { main } from "./main.js";
