import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Json } from "./documents.js";

// ajv-formats is CommonJS: its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** The specification extensions the documents use inside schemas. */
export const EXTENSION_KEYWORDS = ["x-enum-descriptions", "x-enum-varnames", "x-http-status", "x-message-templates"];

/**
 * The members of an OpenAPI document around its schemas. The whole document
 * is added to Ajv as one schema resource so that `#/components/schemas/...`
 * references resolve as they do in the document; strict mode would reject
 * these members as unknown keywords, so they are declared as annotations.
 */
const DOCUMENT_MEMBERS = ["openapi", "info", "paths", "components"];

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
 * Ajv for JSON Schema 2020-12 in strict mode, with OpenAPI's `discriminator`,
 * the `uri` formats and the extension keywords; `schemaAt(pointer)` compiles
 * the schema at a JSON pointer of the document.
 */
export function documentValidator(doc: Json, id: string): (pointer: string) => ValidateFunction {
  const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: true });
  addFormats(ajv);
  for (const keyword of [...EXTENSION_KEYWORDS, ...DOCUMENT_MEMBERS]) ajv.addKeyword({ keyword });
  ajv.addSchema({ ...doc, $id: id });
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
