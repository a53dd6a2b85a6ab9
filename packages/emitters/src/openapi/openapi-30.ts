import type { Literal, LiteralObject } from "../shared/literal.js";

/**
 * The 3.1 errors document as OpenAPI 3.0.3, for tools that read no 3.1:
 * `const` becomes a one-value `enum` (3.0's schema dialect has no `const`),
 * and the 3.1-only info members (`summary`, `license.identifier`) give way to
 * 3.0's (`license.url`). Catalog-keyed maps (`x-` extensions, discriminator
 * mappings, examples) are copied as they are, so that a class or code named
 * `const` stays a key.
 */

const OPENAPI_30 = "3.0.3";
const MIT_URL = "https://opensource.org/license/mit";

/** Members whose values are data, not schemas: never rewritten. */
function isData(key: string): boolean {
  return key.startsWith("x-") || key === "discriminator" || key === "examples" || key === "example";
}

/** Members whose values are maps keyed by names (a class may be named `const`): their keys are kept. */
const NAMED = new Set(["schemas", "responses", "headers", "content", "properties"]);

function downgrade(value: Literal): Literal {
  if (Array.isArray(value)) return value.map(downgrade);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value as LiteralObject).map(([key, child]): [string, Literal] => {
    if (isData(key)) return [key, child];
    if (NAMED.has(key) && typeof child === "object" && child !== null && !Array.isArray(child)) {
      return [key, Object.fromEntries(Object.entries(child).map(([name, item]) => [name, downgrade(item)]))];
    }
    if (key === "const") return ["enum", [child]];
    return [key, downgrade(child)];
  });
  return Object.fromEntries(entries);
}

export function toOpenApi30(document: LiteralObject): LiteralObject {
  const { info, components, ...rest } = document;
  const { summary: _summary, license: _license, ...info30 } = info as LiteralObject;
  return {
    ...rest,
    openapi: OPENAPI_30,
    info: { ...info30, license: { name: "MIT", url: MIT_URL } },
    components: downgrade(components as Literal),
  };
}
