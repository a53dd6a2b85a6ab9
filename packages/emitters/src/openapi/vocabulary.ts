/**
 * What a strict JSON Schema validator must accept as annotations to compile
 * a whole document as one schema: the document's own members around
 * `components`, OpenAPI's `discriminator` and the extension keywords used
 * inside schemas. The README states it; the package's test compiles with it.
 */
export const AJV_VOCABULARY = [
  "openapi",
  "info",
  "servers",
  "paths",
  "components",
  "discriminator",
  "x-enum-descriptions",
  "x-enum-varnames",
  "x-http-status",
  "x-message-templates",
  "x-ms-enum",
];
