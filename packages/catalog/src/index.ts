import { createRequire } from "node:module";
import type { Catalog } from "./types.js";

export * from "./model.js";

const require = createRequire(import.meta.url);

/**
 * The generated catalog. It is read at run time rather than compiled in, so
 * that building this package never waits for `aml-errors generate`.
 */
export const catalog: Catalog = require("../catalog.json") as Catalog;
