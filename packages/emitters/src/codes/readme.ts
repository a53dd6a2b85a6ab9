import { markdownText } from "../escape.js";
import { markdownHeader } from "../header.js";
import { licenceSection } from "../licence/readme-section.js";
import { markdownTable } from "../shared/markdown-table.js";
import type { CatalogView, ClassView, CodeView } from "../shared/view.js";

const PACKAGE = "@aml-errors/codes";

function plural(count: number, noun: string): string {
  if (count === 1) return `${count} ${noun}`;
  return `${count} ${noun}${noun.endsWith("s") ? "es" : "s"}`;
}

/** Usage examples written with names from the catalog, so that they always compile against the package. */
function usage(view: CatalogView): string {
  const withCodes = view.classes.find((cls) => cls.codes.length > 0);
  const shared = view.codes.find((code) => code.entries.length > 1);
  const [firstCode] = withCodes?.codes ?? [];
  const lines: string[] = [];
  if (withCodes && firstCode !== undefined) {
    const names = [
      "ErrorClass",
      "ErrorCode",
      ...(shared ? ["classesOf"] : []),
      "codesOf",
      "httpStatusOf",
      "isCodeOf",
      "isErrorClass",
    ];
    lines.push(
      `import { ${names.join(", ")} } from "${PACKAGE}";`,
      "",
      `httpStatusOf(ErrorClass.${withCodes.id}); // ${withCodes.status}, typed as the literal ${withCodes.status}`,
      `codesOf(ErrorClass.${withCodes.id}); // a frozen array of its ${plural(withCodes.codes.length, "code")}`,
      `isCodeOf(ErrorClass.${withCodes.id}, ErrorCode.${firstCode}); // true`,
    );
    if (shared) {
      const classes = shared.entries.map((entry) => JSON.stringify(entry.classId)).join(", ");
      lines.push(`classesOf(ErrorCode.${shared.id}); // [${classes}]`);
    }
    lines.push(
      "",
      "// Narrows the Azure error object of a failed response.",
      "export function describe(error: { code: string; details?: { code: string }[] }): string {",
      '  if (!isErrorClass(error.code)) return "not an error class of this service";',
      "  const detail = error.details?.[0]?.code;",
      "  return isCodeOf(error.code, detail) ? detail : error.code;",
      "}",
    );
  } else {
    lines.push(`import { ErrorClass, httpStatusOf } from "${PACKAGE}";`);
    const [first] = view.classes;
    if (first) lines.push("", `httpStatusOf(ErrorClass.${first.id}); // ${first.status}`);
  }
  return ["```ts", ...lines, "```"].join("\n");
}

function withoutEnums(view: CatalogView): string | undefined {
  const cls = view.classes.find((candidate) => candidate.codes.length > 0);
  const [code] = cls?.codes ?? [];
  if (!cls || code === undefined) return undefined;
  const lines = [
    `import { type CodeOf, ErrorClasses, ErrorCodes, isCodeOf, type StatusOf } from "${PACKAGE}";`,
    "",
    `const status: StatusOf<"${cls.id}"> = ${cls.status};`,
    `const code: CodeOf<"${cls.id}"> = ErrorCodes.${code};`,
    `isCodeOf(ErrorClasses.${cls.id}, code); // true`,
  ];
  return ["```ts", ...lines, "```"].join("\n");
}

function codeRows(cls: ClassView, codes: ReadonlyMap<string, CodeView>, locale: string): string[][] {
  return cls.codes.map((id) => {
    const entry = codes.get(id)?.entries.find((candidate) => candidate.classId === cls.id);
    const message = entry?.message === undefined ? `(no message in ${locale})` : markdownText(entry.message);
    return [`\`${id}\``, message];
  });
}

function classSection(cls: ClassView, codes: ReadonlyMap<string, CodeView>, locale: string): string {
  const summary = cls.summary === undefined ? "" : ` ${markdownText(cls.summary)}`;
  const parts = [`### ${cls.id}`, `HTTP status ${cls.status}.${summary}`];
  if (cls.codes.length === 0) parts.push("This class has no specific codes.");
  else parts.push(markdownTable([{ header: "Code" }, { header: `Message (${locale})` }], codeRows(cls, codes, locale)));
  return parts.join("\n\n");
}

function classIndex(view: CatalogView): string {
  return markdownTable(
    [{ header: "Class" }, { header: "HTTP status", align: "right" }, { header: "Codes", align: "right" }],
    view.classes.map((cls) => [
      `[\`${cls.id}\`](#${cls.id.toLowerCase()})`,
      String(cls.status),
      String(cls.codes.length),
    ]),
  );
}

function optional(intro: string, block: string | undefined): string[] {
  return block === undefined ? [] : [intro, block];
}

/** The package README: what it exports, usage, and every class with its codes. */
export function codesReadme(view: CatalogView): string {
  const codes = new Map(view.codes.map((code) => [code.id, code]));
  const sections = [
    `# ${PACKAGE}`,
    `TypeScript enums, \`as const\` mirrors and lookup helpers for the error classes and codes of the Azure Machine Learning REST API: ${plural(view.classes.length, "class")}, ${plural(view.codes.length, "code")}, with the messages of the ${view.canonicalLocale} reference page. No runtime dependencies; ESM only.`,
    "## Install",
    ["```sh", `npm install ${PACKAGE}`, "```"].join("\n"),
    "## Exports",
    [
      "- `ErrorClass`, `ErrorCode`: string enums whose values are their names, documented with the message, class and HTTP status of each member.",
      "- `ErrorClasses`, `ErrorCodes`: the same as `as const` objects, and their unions `ErrorClassName`, `ErrorCodeName`, for projects that cannot use enums (`erasableSyntaxOnly`).",
      "- `StatusOf<C>`: the HTTP status of class `C` as a literal type; `CodeOf<C>`: the union of its codes; `ClassOf<K>`: the union of the classes of code `K`.",
      "- `httpStatusOf(cls)`, `codesOf(cls)`, `classesOf(code)`, `isErrorClass(x)`, `isErrorCode(x)`, `isCodeOf(cls, x)`: lookups that answer `undefined`, an empty frozen array or `false` for anything that is not a class or code, including `__proto__`, `constructor` and non-strings.",
    ].join("\n"),
    "## Usage",
    usage(view),
    ...optional("Without enums, with the `as const` mirrors and the type helpers:", withoutEnums(view)),
    "## Classes",
    classIndex(view),
    ...view.classes.map((cls) => classSection(cls, codes, view.canonicalLocale)),
    licenceSection(),
  ];
  return `${markdownHeader}\n${sections.join("\n\n")}\n`;
}
