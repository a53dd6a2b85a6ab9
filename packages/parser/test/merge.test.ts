import { type Catalog, serializeCatalog, validateCatalog } from "@aml-errors/catalog/model";
import { describe, expect, it } from "vitest";
import { type BuildResult, buildCatalog, type SourceDocument } from "../src/index.js";
import { ruleList, sourceDocument } from "./helpers.js";

/** A class section: heading line, summary, and table rows written as `Code | message`. */
function section(heading: string, summary: string, rows?: readonly string[]): string {
  const table = rows ? `\n| Code | Message |\n| --- | --- |\n${rows.map((row) => `| ${row} |`).join("\n")}\n` : "";
  return `## ${heading}\n\n${summary}\n${table}`;
}

function page(...sections: string[]): string {
  return `# Error codes\n\nIntro.\n\n${sections.join("\n")}`;
}

// The canonical page: line numbers below refer to this layout (headings at 5, 16, 24).
const canonical = page(
  section("BadArgument (HTTP status code 400)", "Invalid argument provided.", [
    "BadParameterValue | The parameter value {0} is invalid.",
    "BlobNotFound | Unable to access {0}: {1}.",
    "UnknownError | Unknown error.",
    "UserParameterInvalid | ",
  ]),
  section("NotFound (HTTP status code 404)", "Resource not found.", ["WorkspaceNotFound | Workspace not found."]),
  section("InternalErrorSystemLowOnMemory (HTTP status code 500)", "System low on memory."),
);

const anchored = (stem: string, status: number, text: string) =>
  `<a name="${stem}-http-status-code-${status}"></a>${text}`;

/** The canonical page translated faithfully, with anchors as translated pages have them. */
function german(overrides: { badArgumentRows?: readonly string[]; extra?: string; notFound?: string | null } = {}) {
  const badArgument = section(
    anchored("badargument", 400, "BadArgument (HTTP-Statuscode 400)"),
    "Ungültiges Argument angegeben.",
    overrides.badArgumentRows ?? [
      "BadParameterValue | Der Parameterwert {0} ist ungültig.",
      "BlobNotFound | Kein Zugriff auf {0}: {1}.",
      "UnknownError | Unbekannter Fehler.",
      "UserParameterInvalid | ",
    ],
  );
  const notFound =
    overrides.notFound === null
      ? undefined
      : (overrides.notFound ??
        section(anchored("notfound", 404, "NotFound (HTTP-Statuscode 404)"), "Ressource nicht gefunden.", [
          "WorkspaceNotFound | Arbeitsbereich nicht gefunden.",
        ]));
  const lowMemory = section(
    anchored("internalerrorsystemlowonmemory", 500, "InternalErrorSystemLowOnMemory (HTTP-Statuscode 500)"),
    "Zu wenig Arbeitsspeicher.",
  );
  return page(...[badArgument, notFound, lowMemory, overrides.extra].filter((part) => part !== undefined));
}

interface MergeCase {
  readonly given: readonly SourceDocument[];
  /** Every message, as `locale ruleId line:column`, in input order then by place. */
  readonly want: readonly string[];
  readonly check?: (catalog: Catalog | undefined) => void;
}

const en = (text: string) => sourceDocument(text, { locale: "en-US" });
const de = (text: string | Uint8Array) => sourceDocument(text, { locale: "de-DE" });

function build(given: readonly SourceDocument[]): BuildResult {
  return buildCatalog(given, { canonicalLocale: "en-US" });
}

function code(catalog: Catalog | undefined, classId: string, codeId: string) {
  return catalog?.classes.find((cls) => cls.id === classId)?.codes.find((entry) => entry.id === codeId);
}

describe("merging translations", () => {
  it.each<[string, MergeCase]>([
    [
      "a faithful translation merges without a message",
      {
        given: [en(canonical), de(german())],
        want: [],
        check: (catalog) => {
          expect(catalog?.locales).toEqual(["en-US", "de-DE"]);
          expect(catalog?.classes.map((cls) => cls.id)).toEqual([
            "BadArgument",
            "NotFound",
            "InternalErrorSystemLowOnMemory",
          ]);
          expect(catalog?.classes[0]?.anchor).toBeUndefined();
          expect(code(catalog, "BadArgument", "BlobNotFound")).toEqual({
            id: "BlobNotFound",
            message: { "en-US": "Unable to access {0}: {1}.", "de-DE": "Kein Zugriff auf {0}: {1}." },
            params: [0, 1],
            position: { "en-US": { line: 12, column: 3 }, "de-DE": { line: 12, column: 3 } },
          });
          expect(code(catalog, "BadArgument", "UserParameterInvalid")?.message).toEqual({});
          expect(catalog?.classes[1]?.title).toEqual({
            "en-US": "NotFound (HTTP status code 404)",
            "de-DE": "NotFound (HTTP-Statuscode 404)",
          });
        },
      },
    ],
    [
      "a class the translation lacks is reported where its section belongs",
      {
        given: [en(canonical), de(german({ notFound: null }))],
        want: ["de-DE missing-class 16:1"],
        check: (catalog) => expect(catalog?.classes[1]?.title).toEqual({ "en-US": "NotFound (HTTP status code 404)" }),
      },
    ],
    [
      "a last class the translation lacks is reported at its end",
      {
        given: [en(canonical), de(german().slice(0, german().indexOf('## <a name="internalerror')))],
        want: ["de-DE missing-class 24:1"],
      },
    ],
    [
      "a class the translation adds is reported and left out",
      {
        given: [
          en(canonical),
          de(german({ extra: section(anchored("conflict", 409, "Conflict (HTTP-Statuscode 409)"), "Konflikt.") })),
        ],
        want: ["de-DE extra-class 28:1"],
        check: (catalog) => expect(catalog?.classes.map((cls) => cls.id)).not.toContain("Conflict"),
      },
    ],
    [
      "a missing row is reported at the translated table",
      {
        given: [
          en(canonical),
          de(
            german({
              badArgumentRows: [
                "BadParameterValue | Der Parameterwert {0} ist ungültig.",
                "BlobNotFound | Kein Zugriff auf {0}: {1}.",
                "UserParameterInvalid | ",
              ],
            }),
          ),
        ],
        want: ["de-DE missing-code 9:1"],
        check: (catalog) =>
          expect(code(catalog, "BadArgument", "UnknownError")?.message).toEqual({ "en-US": "Unknown error." }),
      },
    ],
    [
      "an unknown code is left out when the row counts differ",
      {
        given: [
          en(canonical),
          de(
            german({
              badArgumentRows: [
                "BadParameterValue | Der Parameterwert {0} ist ungültig.",
                "BlobNotFound | Kein Zugriff auf {0}: {1}.",
                "Unbekannt | Unbekannter Fehler.",
              ],
            }),
          ),
        ],
        want: ["de-DE missing-code 9:1", "de-DE missing-code 9:1", "de-DE unknown-code 13:3"],
      },
    ],
    [
      "altered codes are recovered by row position when the row counts match",
      {
        given: [
          en(canonical),
          de(
            german({
              badArgumentRows: [
                "Bad Parameter Wert | Der Parameterwert {0} ist ungültig.",
                "BlobNotFound | Kein Zugriff auf {0}: {1}.",
                "Errorcodes.unknownerror | Unbekannter Fehler.",
                "UserParameterInvalid | ",
              ],
            }),
          ),
        ],
        want: ["de-DE recovered-code 11:3", "de-DE recovered-code 13:3"],
        check: (catalog) => {
          expect(code(catalog, "BadArgument", "UnknownError")?.message["de-DE"]).toBe("Unbekannter Fehler.");
          expect(code(catalog, "BadArgument", "UnknownError")?.position["de-DE"]).toEqual({ line: 13, column: 3 });
          expect(code(catalog, "BadArgument", "BadParameterValue")?.message["de-DE"]).toBe(
            "Der Parameterwert {0} ist ungültig.",
          );
        },
      },
    ],
    [
      "altered spellings (case, spaces, accents) are recovered whatever the row count",
      {
        given: [
          en(canonical),
          de(
            german({
              badArgumentRows: [
                "badparametervalue | Der Parameterwert {0} ist ungültig.",
                "Blob Nöt Found | Kein Zugriff auf {0}: {1}.",
                "UnknownError | Unbekannter Fehler.",
              ],
            }),
          ),
        ],
        want: ["de-DE missing-code 9:1", "de-DE recovered-code 11:3", "de-DE recovered-code 12:3"],
        check: (catalog) => {
          expect(code(catalog, "BadArgument", "BlobNotFound")?.message["de-DE"]).toBe("Kein Zugriff auf {0}: {1}.");
          expect(code(catalog, "BadArgument", "BadParameterValue")?.message["de-DE"]).toBe(
            "Der Parameterwert {0} ist ungültig.",
          );
        },
      },
    ],
    [
      "row-position recovery never takes a code another row already matched",
      {
        given: [
          en(canonical),
          de(
            german({
              badArgumentRows: [
                "UnknownError | Unbekannter Fehler.",
                "BlobNotFound | Kein Zugriff auf {0}: {1}.",
                "Irgendwas | Etwas.",
                "UserParameterInvalid | ",
              ],
            }),
          ),
        ],
        want: ["de-DE missing-code 9:1", "de-DE unknown-code 13:3"],
        check: (catalog) =>
          expect(code(catalog, "BadArgument", "UnknownError")?.message["de-DE"]).toBe("Unbekannter Fehler."),
      },
    ],
    [
      "a translated message with other placeholders is reported but kept",
      {
        given: [
          en(canonical),
          de(
            german({
              badArgumentRows: [
                "BadParameterValue | Der Parameterwert ist ungültig.",
                "BlobNotFound | Kein Zugriff auf {0}: {1}, {2}.",
                "UnknownError | Unbekannter Fehler {0}.",
                "UserParameterInvalid | {0}",
              ],
            }),
          ),
        ],
        want: [
          "de-DE placeholder-mismatch 11:23",
          "de-DE placeholder-mismatch 12:18",
          "de-DE placeholder-mismatch 13:18",
          "de-DE placeholder-mismatch 14:26",
        ],
        check: (catalog) => {
          expect(code(catalog, "BadArgument", "BlobNotFound")?.params).toEqual([0, 1]);
          expect(code(catalog, "BadArgument", "BlobNotFound")?.message["de-DE"]).toBe(
            "Kein Zugriff auf {0}: {1}, {2}.",
          );
        },
      },
    ],
    [
      "a translated heading that disagrees with its own anchor is an error",
      {
        given: [
          en(canonical),
          de(
            german({
              notFound: section(anchored("notfound", 404, "NotFound (HTTP-Statuscode 410)"), "Weg.", [
                "WorkspaceNotFound | Arbeitsbereich nicht gefunden.",
              ]),
            }),
          ),
        ],
        want: ["de-DE status-mismatch 16:48"],
        check: (catalog) => expect(catalog).toBeUndefined(),
      },
    ],
    [
      "a translation without anchors and another status keeps the canonical status",
      {
        given: [
          en(canonical),
          de(canonical.replace("NotFound (HTTP status code 404)", "NotFound (HTTP-Statuscode 410)")),
        ],
        want: ["de-DE locale-status-mismatch 16:1"],
        check: (catalog) => expect(catalog?.classes[1]?.status).toBe(404),
      },
    ],
    [
      "a case-altered translated heading is reported and the canonical id wins",
      {
        given: [en(canonical), de(german().replace(">BadArgument (HTTP", ">Badargument (HTTP"))],
        want: ["de-DE heading-anchor-mismatch 5:1"],
        check: (catalog) => {
          expect(catalog?.classes[0]?.id).toBe("BadArgument");
          expect(catalog?.classes[0]?.title["de-DE"]).toBe("Badargument (HTTP-Statuscode 400)");
        },
      },
    ],
    [
      "a translated heading matches the canonical class through its anchor, without a warning",
      {
        given: [
          en(canonical),
          de(
            german({
              notFound: section(anchored("notfound", 404, "Não Encontrado (HTTP 404)"), "Recurso não encontrado.", [
                "WorkspaceNotFound | Espaço de trabalho não encontrado.",
              ]),
            }),
          ),
        ],
        want: [],
        check: (catalog) => {
          expect(catalog?.classes[1]?.id).toBe("NotFound");
          expect(catalog?.classes[1]?.title["de-DE"]).toBe("Não Encontrado (HTTP 404)");
        },
      },
    ],
    [
      "a translated heading that names another class of the page is reported, the anchor winning",
      {
        given: [
          en(canonical),
          de(
            german({
              notFound: section(anchored("notfound", 404, "BadArgument (HTTP-Statuscode 404)"), "Nicht gefunden.", [
                "WorkspaceNotFound | Arbeitsbereich nicht gefunden.",
              ]),
            }),
          ),
        ],
        want: ["de-DE heading-anchor-mismatch 16:48"],
        check: (catalog) => {
          expect(catalog?.classes[1]?.id).toBe("NotFound");
          expect(catalog?.classes[1]?.title["de-DE"]).toBe("BadArgument (HTTP-Statuscode 404)");
          expect(catalog?.classes[0]?.title["de-DE"]).toBe("BadArgument (HTTP-Statuscode 400)");
        },
      },
    ],
    [
      "a translated table without rows misses every code",
      {
        given: [
          en(canonical),
          de(german({ notFound: section(anchored("notfound", 404, "NotFound (HTTP 404)"), "Nicht gefunden.") })),
        ],
        want: ["de-DE missing-code 16:1"],
      },
    ],
    [
      "an unreadable translation reports its encoding only",
      {
        given: [en(canonical), de(new Uint8Array([0x23, 0x20, 0xc3, 0x28]))],
        want: ["de-DE invalid-encoding 1:3"],
        check: (catalog) => expect(catalog).toBeUndefined(),
      },
    ],
    [
      "errors in a translation stop the build",
      {
        given: [
          en(canonical),
          de(german({ badArgumentRows: ["BadParameterValue | Der Wert {0 ist ungültig.", "BlobNotFound"] })),
        ],
        want: [
          "de-DE missing-code 9:1",
          "de-DE missing-code 9:1",
          "de-DE missing-code 9:1",
          "de-DE invalid-placeholder 11:23",
          "de-DE placeholder-mismatch 11:23",
          "de-DE malformed-row 12:1",
        ],
        check: (catalog) => expect(catalog).toBeUndefined(),
      },
    ],
  ])("%s", (_name, { given, want, check }) => {
    const { catalog, files } = build(given);
    expect(
      ruleList(
        files,
        given.map((document) => document.locale),
      ),
    ).toEqual(want);
    check?.(catalog);
    if (catalog) expect(validateCatalog(JSON.parse(serializeCatalog(catalog)))).toEqual([]);
  });
});

describe("class names in the messages of a translation", () => {
  const reasons = (given: readonly SourceDocument[]) =>
    build(given).files.flatMap((file) => file.messages.map((message) => `${message.ruleId}: ${message.reason}`));

  it("names a class by its canonical id, not by its anchor's spelling", () => {
    const translated = german({
      notFound: section(anchored("notfound", 404, "Não Encontrado (HTTP 404)"), "Recurso não encontrado.", [
        "WorkspaceNotFound | Espaço de trabalho não encontrado.",
        "WorkspaceNotFound | Outra vez.",
      ]),
    });
    const messages = reasons([en(canonical), de(translated)]);
    expect(messages).toEqual([
      "duplicate-code: Code WorkspaceNotFound appears twice in class NotFound: remove or rename one of the rows",
    ]);
  });

  it("names both classes by their canonical ids when a heading names another class", () => {
    const translated = german({
      notFound: section(anchored("notfound", 404, "Badargument (HTTP 404)"), "Nicht gefunden.", [
        "WorkspaceNotFound | Arbeitsbereich nicht gefunden.",
      ]),
    });
    const [message, ...others] = reasons([en(canonical), de(translated)]);
    expect(others).toEqual([]);
    expect(message).toMatch(/^heading-anchor-mismatch: Heading "Badargument \(HTTP 404\)" names class BadArgument, /);
    expect(message).toContain("is of class NotFound, so the section is read as NotFound");
    expect(message).not.toMatch(/Notfound|Badargument[^ ]* \(?class/);
  });

  it("still reports a translated heading in the canonical document, which must name its classes", () => {
    const translated = canonical.replace(
      "NotFound (HTTP status code 404)",
      `${anchored("notfound", 404, "Não Encontrado (HTTP 404)")}`,
    );
    const { catalog, files } = build([en(translated)]);
    expect(ruleList(files, ["en-US"])).toEqual(["en-US heading-anchor-mismatch 16:48"]);
    expect(catalog?.classes[1]?.id).toBe("Notfound");
  });
});

describe("documents of a catalog", () => {
  it("reports a document id without a canonical-locale document on each of its documents", () => {
    const { catalog, files } = build([de(german()), sourceDocument(german(), { locale: "ja-JP" })]);
    expect(catalog).toBeUndefined();
    expect(ruleList(files, ["de-DE", "ja-JP"])).toEqual([
      "de-DE no-canonical-document 1:1",
      "ja-JP no-canonical-document 1:1",
    ]);
  });

  it("reports every copy of a document listed twice", () => {
    const { catalog, files } = build([en(canonical), sourceDocument(canonical, { locale: "en-US", path: "copy.md" })]);
    expect(catalog).toBeUndefined();
    expect(ruleList(files, ["en-US", "en-US"])).toEqual([
      "en-US duplicate-document 1:1",
      "en-US duplicate-document 1:1",
    ]);
  });

  it("reports a class defined by two pages on the page whose id sorts last", () => {
    const other = sourceDocument(page(section("BadArgument (HTTP status code 400)", "Again.")), { id: "other-page" });
    const { catalog, files } = build([other, en(canonical)]);
    expect(catalog).toBeUndefined();
    expect(ruleList(files, ["en-US", "en-US"])).toEqual(["en-US duplicate-class 5:1"]);
    expect(files[1]?.messages[0]?.reason).toContain("other-page");
  });

  it("puts the classes of several pages one page after the other, by page id", () => {
    const other = sourceDocument(page(section("Conflict (HTTP status code 409)", "Already exists.")), { id: "a-page" });
    const { catalog } = build([en(canonical), other]);
    expect(catalog?.classes.map((cls) => cls.id)).toEqual([
      "Conflict",
      "BadArgument",
      "NotFound",
      "InternalErrorSystemLowOnMemory",
    ]);
    expect(catalog?.sources.map((source) => source.id)).toEqual(["a-page", "web-service-error-codes"]);
  });

  it("tells which page each class comes from", () => {
    const other = sourceDocument(page(section("Conflict (HTTP status code 409)", "Already exists.")), { id: "a-page" });
    const { classOrigins } = build([en(canonical), other]);
    expect([...classOrigins]).toEqual([
      ["Conflict", "a-page"],
      ["BadArgument", "web-service-error-codes"],
      ["NotFound", "web-service-error-codes"],
      ["InternalErrorSystemLowOnMemory", "web-service-error-codes"],
    ]);
  });

  it("orders locales canonical first, then alphabetically, and sources by id then locale", () => {
    const given = [
      sourceDocument(german(), { locale: "ja-JP" }),
      sourceDocument(german(), { locale: "de-DE" }),
      sourceDocument(canonical, { locale: "fr-FR" }),
      sourceDocument(german(), { locale: "af-ZA", upstream: "https://example.com/af.md" }),
    ];
    const { catalog } = buildCatalog(given, { canonicalLocale: "fr-FR" });
    expect(catalog?.locales).toEqual(["fr-FR", "af-ZA", "de-DE", "ja-JP"]);
    expect(catalog?.sources.map((source) => source.locale)).toEqual(["af-ZA", "de-DE", "fr-FR", "ja-JP"]);
    expect(catalog?.sources[0]?.upstream).toBe("https://example.com/af.md");
    expect(catalog?.sources[1]).not.toHaveProperty("upstream");
  });

  it("returns one file per document, in input order, named by filePath", () => {
    const given = [de(german()), en(canonical)].map((document, index) => ({
      ...document,
      filePath: `file-${index}.md`,
    }));
    const { files } = build(given);
    expect(files.map((file) => file.path)).toEqual(["file-0.md", "file-1.md"]);
  });

  it("gives no catalog for no document", () => {
    expect(build([])).toEqual({ catalog: undefined, files: [], classOrigins: new Map() });
  });
});
