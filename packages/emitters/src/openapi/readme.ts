import { markdownText } from "../escape.js";
import { markdownHeader } from "../header.js";
import { licenceSection } from "../licence/readme-section.js";
import { markdownTable } from "../shared/markdown-table.js";
import type { CatalogView } from "../shared/view.js";
import { DEFAULT_RESPONSE, detailCodeSchemaName, exampleName, responseName } from "./components.js";
import { statusLine } from "./http-status.js";
import { codeProblemType, PROBLEM_TYPE_PREFIX } from "./problem-types.js";
import { exampleMessage } from "./samples.js";
import { AJV_VOCABULARY } from "./vocabulary.js";

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
  const errors = `./node_modules/${PACKAGE}/openapi/errors.extensible.openapi.yaml#/components/responses/`;
  const lines = [
    "paths:",
    "  /jobs/{id}:",
    "    get:",
    "      responses:",
    '        "200":',
    "          description: The job.",
    ...(status === undefined ? [] : [`        "${status}":`, `          $ref: "${errors}${responseName(status)}"`]),
    "        default:",
    `          $ref: "${errors}${DEFAULT_RESPONSE}"`,
  ];
  return fence("yaml", lines);
}

/** The Ajv setup the package's own test runs, as the README states it. */
function ajvExample(): string {
  return fence("js", [
    'import { Ajv2020 } from "ajv/dist/2020.js";',
    'import addFormats from "ajv-formats";',
    `import document from "${PACKAGE}/errors.openapi.json" with { type: "json" };`,
    "",
    "const ajv = new Ajv2020({ strict: true });",
    "addFormats(ajv);",
    "ajv.addVocabulary([",
    ...AJV_VOCABULARY.map((keyword) => `  ${JSON.stringify(keyword)},`),
    "]);",
    'ajv.addSchema(document, "errors.openapi.json");',
    'const validate = ajv.getSchema("errors.openapi.json#/components/schemas/ErrorResponse");',
  ]);
}

/** The tools the package's tests run on the documents, and what each is given. */
function toolTable(): string {
  const rows = [
    [
      "openapi-typescript",
      "an API referencing `errors.openapi.json` or `errors.extensible.openapi.yaml`, and `problem.openapi.yaml`",
      "no option needed",
    ],
    ["@hey-api/openapi-ts", "the same", "no option needed"],
    ["orval", "the same", "no option needed"],
    [
      "Redocly CLI (`recommended`), Spectral (`spectral:oas`)",
      "every document",
      "only warnings that a components-only document has unused components (and, Swagger 2.0, no `host`)",
    ],
    ["Ajv (JSON Schema 2020-12, strict)", "the 3.1 documents", "the setup below"],
    ["AutoRest, azure-rest-api-specs", "`errors.swagger.json`", "not run by the tests; validated as Swagger 2.0"],
  ];
  return markdownTable([{ header: "Tool" }, { header: "Reads" }, { header: "Setup" }], rows);
}

function documentTable(): string {
  const rows = [
    [
      "`errors.openapi.json`, `errors.openapi.yaml`",
      "OpenAPI 3.1",
      "The Azure error object with closed enums: a class or code the page does not list fails. For a server, to test what it sends, and for an API spec whose error set is exactly the page's.",
    ],
    [
      "`errors.extensible.openapi.json`, `errors.extensible.openapi.yaml`",
      "OpenAPI 3.1",
      "The same components with extensible enums (`x-ms-enum.modelAsString: true`) and the open error object in every response: an unlisted class or code validates as a string, a malformed body still fails. For clients: Azure's guidelines require them to handle codes added later.",
    ],
    [
      "`errors.openapi-3.0.json`",
      "OpenAPI 3.0.3",
      "`errors.openapi.json` for tools that read no 3.1: each `const` is a one-value `enum`.",
    ],
    [
      "`errors.swagger.json`",
      "Swagger 2.0",
      "For azure-rest-api-specs and AutoRest: the classes as polymorphic models (`discriminator: code`, `x-ms-discriminator-value`), enums with `x-ms-enum` (`modelAsString: true`), responses with `x-ms-error-response`. Swagger 2.0 has no `oneOf`, so a status response cannot narrow the classes.",
    ],
    [
      "`problem.openapi.json`, `problem.openapi.yaml`",
      "OpenAPI 3.1",
      "RFC 9457 problem details (`application/problem+json`). Its names never equal those of the errors documents, so one API can reference both.",
    ],
  ];
  return markdownTable([{ header: "File" }, { header: "Format" }, { header: "What it is for" }], rows);
}

/** The package README: the documents, how to use them, the responses and every (class, code). */
export function openApiReadme(view: CatalogView): string {
  const withCodes = view.classes.find((cls) => cls.codes.length > 0);
  const firstCode = withCodes?.codes[0];
  const problemType =
    withCodes && firstCode !== undefined ? ` (for example \`${codeProblemType(withCodes.id, firstCode)}\`)` : "";
  const sections = [
    `# ${PACKAGE}`,
    `OpenAPI components for the errors of the Azure Machine Learning REST API, generated from the ${view.canonicalLocale} reference page: ${view.classes.length} error classes, ${view.entries.length} (class, code) examples. No runtime dependencies; ESM only.`,
    "## Install",
    fence("sh", [`npm install ${PACKAGE}`]),
    "## Documents",
    "Every document has empty `paths`: reference its components from your own document. Each is also a package export (`@aml-errors/openapi/errors.openapi.json`, …).",
    documentTable(),
    "Which to reference:",
    [
      "- **API spec authors** reference `errors.extensible.openapi.yaml` (or `problem.openapi.yaml` for `application/problem+json`), so that generated clients keep working when the service adds a class or code; both may be referenced from one API.",
      "- **Clients** generate their types from that same document: the class and code types list every known value and still accept others.",
      "- **Servers** validate what they send against `errors.openapi.json` (or the `EmittedProblem` schema of `problem.openapi.json`), which refuses anything the page does not list.",
    ].join("\n"),
    "### Components of the errors documents",
    [
      "- `schemas.ErrorClass`: every class (`type: string`), with `x-enum-varnames`, `x-enum-descriptions`, `x-ms-enum` and the HTTP status of each in `x-http-status`;",
      `- \`schemas.<Class>DetailCode\` (for example \`${withCodes ? detailCodeSchemaName(withCodes.id) : "BadArgumentDetailCode"}\`): the codes of one class, with their message templates in \`x-message-templates\`;`,
      "- `schemas.<Class>`: the error object of one class, its `details[].code` restricted to that class's codes;",
      "- `schemas.AnyError`: the members every error has (`code`, `message`, `target`, `details`, `additionalInfo`, `innererror`, as properties of `error` itself, where Azure's tooling reads them); in `errors.openapi.json` also one of the class schemas, discriminated by `code` with an explicit `mapping`; `schemas.ErrorResponse` is `{ error: AnyError }`;",
      "- `schemas.ErrorDetail` (recursive through `details`, with `additionalInfo`), `schemas.ErrorAdditionalInfo` (`type`, `info`) and `schemas.InnerError` (a chain: `code`, a nested `innererror`, any other members), as in Azure's REST API guidelines and common-types. `message` is required, as the guidelines require; common-types' `ErrorDetail` makes every member optional;",
      "- `responses.Status<NNN>`, each accepting only the classes with that status, and `responses.Default`; each response has the `x-ms-error-code` header and `x-ms-error-response: true`;",
      "- `examples.<Class>.<Code>`: one valid response body per (class, code), its message filled with sample values.",
    ].join("\n"),
    "### Components of the problem document",
    [
      "- `schemas.Problem`: any RFC 9457 problem, every member optional (an absent `type` means `about:blank`; a relative reference is allowed); `responses.ProblemDefault` accepts it, so that a problem from a gateway or framework validates;",
      `- \`schemas.<Class>Problem\`: what the service sends for one class: a \`type\` URI per class and per (class, code)${problemType}, \`status\`, \`title\`, \`detail\` and the extension members \`class\` and \`code\`; \`schemas.AnyProblem\` is their union, discriminated by \`class\`; \`schemas.ProblemClass\` and \`schemas.<Class>ProblemCode\` are its enums;`,
      "- `schemas.EmittedProblem`: `AnyProblem` whose `type` is exactly the URI of its `class` and `code`;",
      "- `responses.Problem<NNN>`, `responses.ProblemDefault` and `examples.Problem.<Class>.<Code>`.",
    ].join("\n"),
    `The \`type\` URIs are tag URIs (RFC 4151): \`${PROBLEM_TYPE_PREFIX}<Class>\` and \`${PROBLEM_TYPE_PREFIX}<Class>/<Code>\`. A tag URI is a registered scheme that names without promising a page to fetch (RFC 9457 asks consumers not to dereference type URIs automatically), and it is minted under a name the project controls (its GitHub organisation's \`aml-errors.github.io\`) and dated, so no one else mints the same URI.`,
    "The package entry point exports `document` (`errors.openapi.json`) and `problemDocument` (`problem.openapi.json`) as typed constants.",
    "## Usage",
    "Reference the responses from your own document:",
    referenceExample(view),
    "Or read the document in TypeScript, with literal types:",
    usage(view),
    "### Tools",
    toolTable(),
    "### Validating with Ajv",
    "Ajv compiles every document in strict mode once the document's own members and its annotation keywords are declared. Do not turn on Ajv's `discriminator` option: Ajv does not support `mapping`; `oneOf` alone gives the same result.",
    ajvExample(),
    "## Responses",
    responseTable(view),
    "## Examples",
    codeTable(view),
    licenceSection(),
  ];
  return `${markdownHeader}\n${sections.join("\n\n")}\n`;
}
