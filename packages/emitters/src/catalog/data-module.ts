import type { Catalog } from "@aml-errors/catalog/model";
import { tsHeader } from "../header.js";
import type { OutputFile } from "../output.js";
import { CATALOG_MODULE_PATH } from "./paths.js";

/**
 * The catalog as an ES module that every bundler and Node load alike: a
 * JSON import needs an import attribute that not every bundler or
 * TypeScript version accepts, and `createRequire` is `node:module`, which
 * no browser bundle resolves. `JSON.parse` of one string literal is what
 * engines parse fastest; the annotation lets a bundler drop it when unused.
 */
export function catalogDataModule(catalog: Catalog): OutputFile {
  const json = JSON.stringify(JSON.stringify(catalog)).replace(
    /[\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
  const contents = [
    tsHeader,
    'import type { Catalog } from "../types.js";',
    "",
    "/** The generated catalog. */",
    `export const catalog: Catalog = /* @__PURE__ */ JSON.parse(${json});`,
    "",
  ].join("\n");
  return { path: CATALOG_MODULE_PATH, contents };
}
