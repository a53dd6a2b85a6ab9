import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Json } from "./documents.js";

// ajv-formats is CommonJS: its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * The keywords the README tells an Ajv user to declare, read from the
 * README's own snippet, so that the tests compile with exactly what a user
 * is told and nothing more.
 */
function readmeVocabulary(): string[] {
  const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
  const list = /ajv\.addVocabulary\((\[[\s\S]*?\])\);/.exec(readme)?.[1];
  if (list === undefined) throw new Error("the README has no ajv.addVocabulary([...]) call");
  return JSON.parse(list.replace(/,\s*\]$/, "]")) as string[];
}

export const README_VOCABULARY = readmeVocabulary();

/** The `x-` keywords of the README's vocabulary: those a schema may use. */
export const EXTENSION_KEYWORDS = README_VOCABULARY.filter((keyword) => keyword.startsWith("x-")).sort();

/** Every `x-` key used anywhere under `value`. */
export function extensionKeys(value: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith("x-")) found.add(key);
      visit(child);
    }
  };
  visit(value);
  return found;
}

/**
 * Ajv for JSON Schema 2020-12 in strict mode set up as the README says: the
 * `uri` formats and the README's vocabulary, the whole document added as one
 * schema; `schemaAt(pointer)` compiles the schema at a JSON pointer of it.
 */
export function documentValidator(doc: Json, id: string): (pointer: string) => ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(README_VOCABULARY);
  ajv.addSchema(structuredClone(doc), id);
  return (pointer) => {
    const validate = ajv.getSchema(`${id}#${pointer}`);
    if (!validate) throw new Error(`no schema at ${pointer}`);
    return validate;
  };
}

/** A JSON pointer segment (`application/json` → `application~1json`). */
export function pointerSegment(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
