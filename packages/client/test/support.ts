import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS: its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export interface CatalogView {
  readonly canonicalLocale: string;
  readonly locales: readonly string[];
  readonly classes: readonly {
    readonly id: string;
    readonly status: number;
    readonly title: Readonly<Record<string, string>>;
    readonly summary: Readonly<Record<string, string>>;
    readonly codes: readonly {
      readonly id: string;
      readonly params: readonly number[];
      readonly message: Readonly<Record<string, string>>;
    }[];
  }[];
}

/** The catalog the packages were generated from: what every expectation is derived from. */
export const catalog = JSON.parse(
  readFileSync(new URL("../../catalog/catalog.json", import.meta.url), "utf8"),
) as CatalogView;

/** Every (class, code) of the catalog. */
export const pairs = catalog.classes.flatMap((cls) => cls.codes.map((code) => ({ cls, code })));

export function arity(params: readonly number[]): number {
  return params.length === 0 ? 0 : Math.max(...params) + 1;
}

/**
 * A validator for a schema of one of the openapi package's documents, as
 * `@aml-errors/openapi` ships it: the whole document is one schema resource,
 * its OpenAPI members and extensions declared as annotations.
 */
export function openApiSchema(file: string, name: string): ValidateFunction {
  const path = createRequire(import.meta.url).resolve(`@aml-errors/openapi/${file}`);
  const doc = JSON.parse(readFileSync(path, "utf8")) as object;
  const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: true });
  addFormats(ajv);
  for (const keyword of ["x-enum-descriptions", "x-enum-varnames", "x-http-status", "x-message-templates"]) {
    ajv.addKeyword({ keyword });
  }
  for (const keyword of ["openapi", "info", "paths", "components"]) ajv.addKeyword({ keyword });
  const id = `https://aml-errors.test/${file}`;
  ajv.addSchema({ ...doc, $id: id });
  const validate = ajv.getSchema(`${id}#/components/schemas/${name}`);
  if (!validate) throw new Error(`${file} has no schema ${name}`);
  return validate;
}
