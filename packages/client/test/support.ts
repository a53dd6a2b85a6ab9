import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const requireHere = createRequire(import.meta.url);

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
 * The keywords the openapi package's README tells an Ajv user to declare,
 * read from its snippet: the client's problems and bodies are validated
 * exactly as a user of the package would validate them.
 */
function openApiVocabulary(): string[] {
  const readme = readFileSync(
    join(dirname(requireHere.resolve("@aml-errors/openapi/package.json")), "README.md"),
    "utf8",
  );
  const list = /ajv\.addVocabulary\((\[[\s\S]*?\])\);/.exec(readme)?.[1];
  if (list === undefined) throw new Error("the openapi README has no ajv.addVocabulary([...]) call");
  return JSON.parse(list.replace(/,\s*\]$/, "]")) as string[];
}

/**
 * A validator for a schema of one of the openapi package's documents, as
 * `@aml-errors/openapi` ships it, with Ajv set up as its README says.
 */
export function openApiSchema(file: string, name: string): ValidateFunction {
  const path = requireHere.resolve(`@aml-errors/openapi/${file}`);
  const doc = JSON.parse(readFileSync(path, "utf8")) as object;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(openApiVocabulary());
  const id = `https://aml-errors.test/${file}`;
  ajv.addSchema({ ...doc, $id: id });
  const validate = ajv.getSchema(`${id}#/components/schemas/${name}`);
  if (!validate) throw new Error(`${file} has no schema ${name}`);
  return validate;
}
