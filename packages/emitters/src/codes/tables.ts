import type { OutputFile } from "../output.js";
import { type DataConstant, dataModule } from "../shared/data-module.js";
import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView } from "../shared/view.js";

function table(name: string, docs: string, value: LiteralObject, type: string): DataConstant {
  return { docs: [docs], name, value, suffix: ` as const satisfies ${type}` };
}

/**
 * `generated/tables.ts`: the status of each class, the codes of each class
 * and the classes of each code, as `as const` tables. The lookups over them
 * are hand-written (`packages/codes/src/lookup.ts`). Tables are built with
 * Object.fromEntries so that every id is an own data property.
 */
export function tablesModule(path: string, view: CatalogView): OutputFile {
  return dataModule(path, {
    imports: [{ from: "./names.js", names: ["ErrorClassName", "ErrorCodeName"] }],
    constants: [
      table(
        "httpStatuses",
        "The HTTP status of each class.",
        Object.fromEntries(view.classes.map((cls) => [cls.id, cls.status])),
        "Readonly<Record<ErrorClassName, number>>",
      ),
      table(
        "classCodes",
        "The codes of each class, in the reference page's order.",
        Object.fromEntries(view.classes.map((cls) => [cls.id, cls.codes])),
        "Readonly<Record<ErrorClassName, readonly ErrorCodeName[]>>",
      ),
      table(
        "codeClasses",
        "The classes each code belongs to.",
        Object.fromEntries(view.codes.map((code) => [code.id, code.entries.map((entry) => entry.classId)])),
        "Readonly<Record<ErrorCodeName, readonly ErrorClassName[]>>",
      ),
    ],
  });
}
