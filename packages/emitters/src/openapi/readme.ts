import { markdownText } from "../escape.js";
import { markdownHeader } from "../header.js";
import { licenceSection } from "../licence/readme-section.js";
import { markdownTable } from "../shared/markdown-table.js";
import type { CatalogView } from "../shared/view.js";
import { DEFAULT_RESPONSE, detailCodeSchemaName, exampleName, responseName } from "./components.js";
import { statusLine } from "./http-status.js";
import { codeProblemType } from "./problem-types.js";
import { exampleMessage } from "./samples.js";

const PACKAGE = "@aml-errors/openapi";

function fence(language: string, lines: readonly string[]): string {
  return [`\`\`\`${language}`, ...lines, "```"].join("\n");
}

function responseTable(view: CatalogView): string {
  const rows = view.statuses.map((status) => {
    const classes = view.classes.filter((cls) => cls.status === status);
    return [`\`${responseName(status)}\``, statusLine(status), classes.map((cls) => `\`${cls.id}\``).join(", ")];
  });
  rows.push([`\`${DEFAULT_RESPONSE}\``, "any", "every class"]);
  return markdownTable([{ header: "Response" }, { header: "Status" }, { header: "Classes" }], rows);
}

function codeTable(view: CatalogView): string {
  const classes = new Map(view.classes.map((cls) => [cls.id, cls]));
  const rows = view.entries.map((entry) => {
    const cls = classes.get(entry.classId);
    const message = cls === undefined ? "" : markdownText(exampleMessage(entry, cls));
    return [`\`${exampleName(entry.classId, entry.codeId)}\``, String(entry.status), message];
  });
  return markdownTable(
    [
      { header: "Example" },
      { header: "Status", align: "right" },
      { header: `Example message (${view.canonicalLocale})` },
    ],
    rows,
  );
}

function usage(view: CatalogView): string {
  const sample = view.entries[0];
  const status = sample?.status ?? view.statuses[0] ?? 500;
  const lines = [
    'import { document } from "@aml-errors/openapi";',
    "",
    `document.components.responses.${responseName(status)}.description; // typed as its literal text`,
    "Object.keys(document.components.examples).length; // one example per (class, code)",
  ];
  return fence("ts", lines);
}

function referenceExample(view: CatalogView): string {
  const [status] = view.statuses;
  const lines = [
    "paths:",
    "  /jobs/{id}:",
    "    get:",
    "      responses:",
    '        "200":',
    "          description: The job.",
    ...(status === undefined
      ? []
      : [
          `        "${status}":`,
          `          $ref: "./node_modules/${PACKAGE}/openapi/errors.openapi.yaml#/components/responses/${responseName(status)}"`,
        ]),
    "        default:",
    `          $ref: "./node_modules/${PACKAGE}/openapi/errors.openapi.yaml#/components/responses/${DEFAULT_RESPONSE}"`,
  ];
  return fence("yaml", lines);
}

/** The package README: the documents, how to use them, the responses and every (class, code). */
export function openApiReadme(view: CatalogView): string {
  const withCodes = view.classes.find((cls) => cls.codes.length > 0);
  const firstCode = withCodes?.codes[0];
  const problemType =
    withCodes && firstCode !== undefined ? ` (for example \`${codeProblemType(withCodes.id, firstCode)}\`)` : "";
  const sections = [
    `# ${PACKAGE}`,
    `OpenAPI 3.1 components for the errors of the Azure Machine Learning REST API, generated from the ${view.canonicalLocale} reference page: ${view.classes.length} error classes, ${view.entries.length} (class, code) examples. No runtime dependencies; ESM only.`,
    "## Install",
    fence("sh", [`npm install ${PACKAGE}`]),
    "## Documents",
    [
      `- \`${PACKAGE}/errors.openapi.json\` and \`${PACKAGE}/errors.openapi.yaml\`: the Azure error object \`{ "error": { "code", "message", "target", "details", "innererror" } }\`. \`paths\` is empty; everything is under \`components\`:`,
      "  - `schemas.ErrorClass`: every class, with `x-enum-varnames`, `x-enum-descriptions` and the HTTP status of each in `x-http-status`;",
      `  - \`schemas.<Class>DetailCode\` (for example \`${withCodes ? detailCodeSchemaName(withCodes.id) : "BadArgumentDetailCode"}\`): the codes of one class, with their message templates in \`x-message-templates\`;`,
      "  - `schemas.<Class>`: the error object of one class, its `details[].code` restricted to that class's codes;",
      "  - `schemas.AnyError` (discriminated by `code`) and `schemas.ErrorResponse`;",
      "  - `responses.Status<NNN>`, each accepting only the classes with that status, and `responses.Default`;",
      "  - `examples.<Class>.<Code>`: one valid response body per (class, code), its message filled with sample values.",
      `- \`${PACKAGE}/problem.openapi.json\`: the same catalog as RFC 9457 problem details (\`application/problem+json\`), with a \`type\` URN per class and per (class, code)${problemType}, \`status\`, \`title\`, \`detail\`, and the extension members \`class\` and \`code\`.`,
      "- The package entry point exports both documents as typed constants: `document` and `problemDocument`.",
    ].join("\n"),
    "## Usage",
    "Reference the responses from your own document:",
    referenceExample(view),
    "Or read the document in TypeScript, with literal types:",
    usage(view),
    "## Responses",
    responseTable(view),
    "## Examples",
    codeTable(view),
    licenceSection(),
  ];
  return `${markdownHeader}\n${sections.join("\n\n")}\n`;
}
