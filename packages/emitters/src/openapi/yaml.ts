import { stringify } from "yaml";
import { yamlHeader } from "../header.js";
import type { Literal } from "../shared/literal.js";

/**
 * A YAML rendering of the document: no line folding (long messages stay on
 * one line, as in the JSON), no anchors for repeated objects, sequences
 * indented under their key.
 */
export function yamlDocument(value: Literal): string {
  const text = stringify(value, { lineWidth: 0, aliasDuplicateObjects: false, indentSeq: true });
  return `${yamlHeader}${text}`;
}
