import { type Catalog, identifierFault, protocolEffect } from "@aml-errors/catalog/model";
import type { EmitProblem } from "./problem.js";

function idProblem(
  id: string,
  what: (shown: string) => string,
  names: Pick<EmitProblem, "classId" | "codeId">,
): EmitProblem[] {
  switch (identifierFault(id)) {
    case undefined:
      return [];
    case "not-an-identifier":
      return [
        {
          ruleId: "invalid-identifier",
          reason: `${what(JSON.stringify(id))} is not an identifier (a letter, then letters, digits or "_"): rename it in the canonical page`,
          field: "id",
          ...names,
        },
      ];
    case "reserved-word":
      return [
        {
          ruleId: "reserved-identifier",
          reason: `${what(id)} is a JavaScript reserved word, which code using the generated packages cannot name: rename it in the canonical page (ids are never renamed silently)`,
          field: "id",
          ...names,
        },
      ];
    case "protocol-name":
      return [
        {
          ruleId: "protocol-identifier",
          reason: `${what(id)} is read by JavaScript itself on any object (as a key of the generated tables it ${protocolEffect(id)}): rename it in the canonical page (ids are never renamed silently)`,
          field: "id",
          ...names,
        },
      ];
  }
}

/** Class and code ids that cannot be names in the generated code (the identifier rule of the catalog model). */
export function checkIdentifiers(catalog: Catalog): EmitProblem[] {
  return catalog.classes.flatMap((cls) => [
    ...idProblem(cls.id, (shown) => `Class ${shown}`, { classId: cls.id }),
    ...cls.codes.flatMap((code) =>
      idProblem(code.id, (shown) => `Code ${shown} of class ${cls.id}`, { classId: cls.id, codeId: code.id }),
    ),
  ]);
}
