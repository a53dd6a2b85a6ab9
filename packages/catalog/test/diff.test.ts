import { describe, expect, it } from "vitest";
import {
  adviseReleases,
  type Bump,
  type Catalog,
  type CatalogClass,
  type CatalogCode,
  diffCatalogs,
  FINDING_KINDS,
  FINDING_RATIONALES,
  type Finding,
  type FindingKind,
  type ReleaseColumn,
} from "../src/model.js";

function code(id: string, fr: string, en: string | undefined, params: number[] = []): CatalogCode {
  return {
    id,
    message: en === undefined ? { "fr-FR": fr } : { "en-US": en, "fr-FR": fr },
    params,
    position: { "fr-FR": { line: 10, column: 1 } },
  };
}

function cls(id: string, status: number, codes: CatalogCode[]): CatalogClass {
  return {
    id,
    status,
    title: { "en-US": `${id} (HTTP ${status})`, "fr-FR": `${id} (code d’état HTTP : ${status})` },
    summary: { "en-US": `${id} summary.`, "fr-FR": `Résumé de ${id}.` },
    description: { "en-US": "", "fr-FR": "" },
    codes,
    position: { "fr-FR": { line: 5, column: 1 } },
  };
}

const base: Catalog = {
  canonicalLocale: "fr-FR",
  locales: ["fr-FR", "en-US"],
  sources: [
    { id: "doc", locale: "en-US", path: "en-US/doc.md", sha256: "e".repeat(64), meta: {} },
    { id: "doc", locale: "fr-FR", path: "fr-FR/doc.md", sha256: "f".repeat(64), meta: {} },
  ],
  classes: [
    cls("BadArgument", 400, [
      code("BlobNotFound", "Impossible d’accéder : {0}. Erreur : {1}.", "Cannot access: {0}. Error: {1}.", [0, 1]),
      code("UnknownError", "Erreur inconnue.", undefined),
    ]),
    cls("NotFound", 404, [code("ModelNotFound", "Modèle {0} introuvable.", "Model {0} not found.", [0])]),
    cls("InternalError", 500, [code("UnknownError", "Erreur inconnue.", undefined)]),
  ],
};

/** `base` with one class replaced through `change`. */
function withClass(id: string, change: (current: CatalogClass) => CatalogClass | undefined): Catalog {
  return {
    ...base,
    classes: base.classes.flatMap((current) => (current.id === id ? (change(current) ?? []) : [current])),
  };
}

function withCode(classId: string, codeId: string, change: (current: CatalogCode) => CatalogCode | undefined): Catalog {
  return withClass(classId, (current) => ({
    ...current,
    codes: current.codes.flatMap((item) => (item.id === codeId ? (change(item) ?? []) : [item])),
  }));
}

function withoutLocale(catalog: Catalog, locale: string): Catalog {
  const drop = <T>(record: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(record).filter(([key]) => key !== locale));
  return {
    ...catalog,
    locales: catalog.locales.filter((item) => item !== locale),
    sources: catalog.sources.filter((source) => source.locale !== locale),
    classes: catalog.classes.map((item) => ({
      ...item,
      title: drop(item.title),
      summary: drop(item.summary),
      description: drop(item.description),
      codes: item.codes.map((entry) => ({ ...entry, message: drop(entry.message), position: drop(entry.position) })),
      position: drop(item.position),
    })),
  };
}

describe("diffCatalogs", () => {
  it("finds nothing between a catalog and itself, nor when only positions and hashes differ", () => {
    expect(diffCatalogs(base, base)).toEqual([]);
    const moved: Catalog = {
      ...base,
      sources: base.sources.map((source) => ({ ...source, sha256: "0".repeat(64), meta: { "ms.date": "01/01/2030" } })),
      classes: base.classes.map((item) => ({ ...item, position: { "fr-FR": { line: 99, column: 1 } } })),
    };
    expect(diffCatalogs(base, moved)).toEqual([]);
  });

  it.each<[string, { given: Catalog; want: Finding[] }]>([
    [
      "a code added",
      {
        given: withClass("NotFound", (current) => ({
          ...current,
          codes: [...current.codes, code("DatasetNotFound", "Jeu {0} introuvable.", "Dataset {0} not found.", [0])],
        })),
        want: [{ kind: "code-added", code: "DatasetNotFound", classes: ["NotFound"] }],
      },
    ],
    [
      "a code removed",
      {
        given: withCode("NotFound", "ModelNotFound", () => undefined),
        want: [{ kind: "code-removed", code: "ModelNotFound", classes: ["NotFound"] }],
      },
    ],
    [
      "a code that stays in another class",
      {
        given: withCode("InternalError", "UnknownError", () => undefined),
        want: [
          { kind: "code-moved", code: "UnknownError", from: ["BadArgument", "InternalError"], to: ["BadArgument"] },
        ],
      },
    ],
    [
      "a code moved to another class with a new message",
      {
        given: {
          ...base,
          classes: [
            cls("BadArgument", 400, [
              base.classes[0]?.codes[0] as CatalogCode,
              code("UnknownError", "Erreur inconnue.", undefined),
            ]),
            cls("NotFound", 404, []),
            cls("InternalError", 500, [
              code("UnknownError", "Erreur inconnue.", undefined),
              code("ModelNotFound", "Modèle {0} absent.", "Model {0} not found.", [0]),
            ]),
          ],
        },
        want: [
          { kind: "code-moved", code: "ModelNotFound", from: ["NotFound"], to: ["InternalError"] },
          {
            kind: "message-changed",
            class: "InternalError",
            code: "ModelNotFound",
            locale: "fr-FR",
            before: "Modèle {0} introuvable.",
            after: "Modèle {0} absent.",
          },
        ],
      },
    ],
    [
      "a message changed in one locale",
      {
        given: withCode("NotFound", "ModelNotFound", (current) => ({
          ...current,
          message: { ...current.message, "en-US": "The model {0} was not found." },
        })),
        want: [
          {
            kind: "message-changed",
            class: "NotFound",
            code: "ModelNotFound",
            locale: "en-US",
            before: "Model {0} not found.",
            after: "The model {0} was not found.",
          },
        ],
      },
    ],
    [
      "a message filled in where the cell was empty",
      {
        given: withCode("BadArgument", "UnknownError", (current) => ({
          ...current,
          message: { ...current.message, "en-US": "Unknown error." },
        })),
        want: [
          {
            kind: "message-changed",
            class: "BadArgument",
            code: "UnknownError",
            locale: "en-US",
            before: undefined,
            after: "Unknown error.",
          },
        ],
      },
    ],
    [
      "a placeholder dropped",
      {
        given: withCode("BadArgument", "BlobNotFound", (current) => ({
          ...current,
          message: { "en-US": "Cannot access: {0}.", "fr-FR": "Impossible d’accéder : {0}." },
          params: [0],
        })),
        want: [
          { kind: "placeholders-changed", class: "BadArgument", code: "BlobNotFound", before: [0, 1], after: [0] },
          {
            kind: "message-changed",
            class: "BadArgument",
            code: "BlobNotFound",
            locale: "fr-FR",
            before: "Impossible d’accéder : {0}. Erreur : {1}.",
            after: "Impossible d’accéder : {0}.",
          },
          {
            kind: "message-changed",
            class: "BadArgument",
            code: "BlobNotFound",
            locale: "en-US",
            before: "Cannot access: {0}. Error: {1}.",
            after: "Cannot access: {0}.",
          },
        ],
      },
    ],
    [
      "a status changed",
      {
        given: withClass("NotFound", (current) => ({ ...current, status: 410 })),
        want: [{ kind: "status-changed", class: "NotFound", before: 404, after: 410 }],
      },
    ],
    [
      "a status changed in the heading too, without a text change for that",
      {
        given: withClass("NotFound", (current) => ({
          ...cls("NotFound", 410, [...current.codes]),
          summary: current.summary,
        })),
        want: [{ kind: "status-changed", class: "NotFound", before: 404, after: 410 }],
      },
    ],
    [
      "a status changed along with the heading's wording",
      {
        given: withClass("NotFound", (current) => ({
          ...current,
          status: 410,
          title: { ...current.title, "en-US": "Gone (HTTP 410)" },
        })),
        want: [
          { kind: "status-changed", class: "NotFound", before: 404, after: 410 },
          {
            kind: "class-text-changed",
            class: "NotFound",
            field: "title",
            locale: "en-US",
            before: "NotFound (HTTP 404)",
            after: "Gone (HTTP 410)",
          },
        ],
      },
    ],
    [
      "a class added",
      {
        given: { ...base, classes: [...base.classes, cls("Conflict", 409, [])] },
        want: [{ kind: "class-added", class: "Conflict", status: 409 }],
      },
    ],
    [
      "a class removed with its only code",
      {
        given: withClass("NotFound", () => undefined),
        want: [
          { kind: "class-removed", class: "NotFound", status: 404 },
          { kind: "code-removed", code: "ModelNotFound", classes: ["NotFound"] },
        ],
      },
    ],
    [
      "a summary reworded",
      {
        given: withClass("NotFound", (current) => ({
          ...current,
          summary: { ...current.summary, "fr-FR": "Introuvable." },
        })),
        want: [
          {
            kind: "class-text-changed",
            class: "NotFound",
            field: "summary",
            locale: "fr-FR",
            before: "Résumé de NotFound.",
            after: "Introuvable.",
          },
        ],
      },
    ],
    [
      "a locale removed, without a finding per text of that locale",
      { given: withoutLocale(base, "en-US"), want: [{ kind: "locale-removed", locale: "en-US" }] },
    ],
  ])("reports %s", (_name, { given, want }) => {
    expect(diffCatalogs(base, given)).toEqual(want);
  });

  it("reports a locale added in the other direction", () => {
    expect(diffCatalogs(withoutLocale(base, "en-US"), base)).toEqual([{ kind: "locale-added", locale: "en-US" }]);
  });

  it("lists findings by kind, then in document order", () => {
    const changed = withClass("BadArgument", (current) => ({ ...current, status: 422, codes: [] }));
    const kinds = diffCatalogs(base, { ...changed, classes: [...changed.classes, cls("Conflict", 409, [])] }).map(
      (finding) => finding.kind,
    );
    expect(kinds).toEqual(["class-added", "status-changed", "code-removed", "code-moved"]);
  });
});

describe("adviseReleases", () => {
  /** Two made-up packages: one that moves with everything, one that ignores statuses and texts. */
  const column = (packageName: string, bump: (kind: FindingKind) => Bump): ReleaseColumn => ({
    packageName,
    release: Object.fromEntries(FINDING_KINDS.map((kind) => [kind, bump(kind)])) as Record<FindingKind, Bump>,
  });
  const severity: Record<string, Bump> = { added: "minor", removed: "major", moved: "major", changed: "patch" };
  const everything = column("everything", (kind) =>
    kind === "status-changed" ? "major" : (severity[kind.split("-").at(-1) ?? ""] ?? "major"),
  );
  const quiet = column("quiet", (kind) =>
    kind === "status-changed" || kind.endsWith("text-changed") || kind === "message-changed"
      ? "none"
      : everything.release[kind],
  );
  const columns = [everything, quiet];
  const bumps = (findings: Finding[]) =>
    Object.fromEntries(adviseReleases(findings, columns).map((advice) => [advice.package, advice.bump]));

  it.each<[string, { given: Catalog; want: Record<string, string> }]>([
    ["nothing", { given: base, want: { everything: "none", quiet: "none" } }],
    [
      "a message change: patch where the text counts, none where it does not",
      {
        given: withCode("NotFound", "ModelNotFound", (current) => ({
          ...current,
          message: { ...current.message, "en-US": "Gone." },
        })),
        want: { everything: "patch", quiet: "none" },
      },
    ],
    [
      "a code added: minor",
      {
        given: withClass("NotFound", (current) => ({ ...current, codes: [...current.codes, code("X", "x", "x")] })),
        want: { everything: "minor", quiet: "minor" },
      },
    ],
    [
      "a code removed and one added: the removal wins",
      {
        given: withClass("NotFound", (current) => ({ ...current, codes: [code("X", "x", "x")] })),
        want: { everything: "major", quiet: "major" },
      },
    ],
  ])("advises for %s", (_name, { given, want }) => {
    expect(bumps(diffCatalogs(base, given))).toEqual(want);
  });

  it("lists every column, in the columns' order", () => {
    expect(adviseReleases([], [quiet, everything]).map((advice) => advice.package)).toEqual(["quiet", "everything"]);
  });

  it("explains a bump by the kinds that call for exactly it, with counts", () => {
    const given = withClass("NotFound", (current) => ({
      ...current,
      status: 410,
      codes: [code("X", "x", "x"), code("Y", "y", "y")],
    }));
    const [advice] = adviseReleases(diffCatalogs(base, given), [everything]);
    expect(advice?.bump).toBe("major");
    expect(advice?.reasons.map((reason) => [reason.kind, reason.count])).toEqual([
      ["status-changed", 1],
      ["code-removed", 1],
    ]);
    expect(advice?.reasons[0]?.rationale).toBe(FINDING_RATIONALES["status-changed"]);
  });

  it("has a rationale for every kind of finding", () => {
    for (const kind of FINDING_KINDS) expect(FINDING_RATIONALES[kind]).not.toBe("");
  });
});
