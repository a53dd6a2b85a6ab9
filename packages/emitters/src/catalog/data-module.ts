import type { Catalog } from "@aml-errors/catalog/model";
import type { OutputFile } from "../output.js";
import { dataModule } from "../shared/data-module.js";
import { CATALOG_MODULE_PATH } from "./paths.js";

/**
 * The catalog as an ES module that every bundler and Node load alike: a
 * JSON import needs an import attribute that not every bundler or
 * TypeScript version accepts, and `createRequire` is `node:module`, which
 * no browser bundle resolves. `JSON.parse` of one string literal is what
 * engines parse fastest; the annotation lets a bundler drop it when unused.
 */
export function catalogDataModule(catalog: Catalog): OutputFile {
  return dataModule(CATALOG_MODULE_PATH, {
    imports: [{ from: "../types.js", names: ["Catalog"] }],
    constants: [{ docs: ["The generated catalog."], name: "catalog", type: "Catalog", value: catalog, form: "json" }],
  });
}
