import { CliError } from "../cli-error.js";

const LONGEST_MS = 10 * 60 * 1000;

/** `--timeout`: `15s`, `500ms`, or a bare number of seconds (`0.2`). */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/.exec(text.trim());
  const amount = match ? Number(match[1]) : Number.NaN;
  const milliseconds = match?.[2] === "ms" ? amount : amount * 1000;
  if (!Number.isFinite(milliseconds) || milliseconds <= 0 || milliseconds > LONGEST_MS) {
    throw new CliError(`--timeout ${text} is not a duration between 1ms and 600s: write e.g. 15s or 500ms`);
  }
  return Math.ceil(milliseconds);
}
