import { readFileSync, rmSync } from "node:fs";
import { emit } from "@aml-errors/emitters";
import { buildCatalog } from "@aml-errors/parser";
import { referenceDocuments } from "@aml-errors/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBundled, writeScratchPackages } from "../../../bench/lib/scratch-packages.js";
import type * as Client from "../src/index.js";

/** The body of issue 9: what the service sends for BlobNotFound, English text with the values in (the bench reads it too). */
const BLOB_NOT_FOUND = JSON.parse(
  readFileSync(new URL("fixtures/blob-not-found-body.json", import.meta.url), "utf8"),
) as {
  error: { details: { message: string }[] };
};

interface Loaded {
  readonly client: typeof Client;
  readonly formatMessage: (locale: string, cls: string, code: string, values: readonly string[]) => string | undefined;
  readonly classTexts: (locale: string, cls: string) => { title: string; summary: string } | undefined;
}

// The English page ships in sources/, so this runs everywhere, GitHub Actions included.
describe("@aml-errors/client generated from the English page (en-US canonical, fr-FR)", () => {
  let root = "";
  let loaded: Loaded;

  beforeAll(async () => {
    const { catalog } = buildCatalog(referenceDocuments(["en-US", "fr-FR"]), { canonicalLocale: "en-US" });
    if (!catalog) throw new Error("the en-US and fr-FR pages do not merge");
    const emitted = await emit(catalog, { only: ["codes", "messages", "client"] });
    root = writeScratchPackages(emitted, ["codes", "messages", "client"]);
    const bundle = await importBundled(
      root,
      'export * as client from "@aml-errors/client";\nexport { formatMessage, classTexts } from "@aml-errors/messages";\n',
    );
    loaded = bundle as unknown as Loaded;
  }, 60_000);

  afterAll(() => {
    if (root !== "") rmSync(root, { recursive: true, force: true });
  });

  it("reads the issue's BlobNotFound body: the pair, the status, the values", () => {
    const error = loaded.client.readServiceError(BLOB_NOT_FOUND);
    expect(error).toMatchObject({
      known: true,
      class: "BadArgument",
      code: "BlobNotFound",
      status: 400,
      target: "input1",
      values: ["foo", "bar"],
    });
  });

  it("renders it in French with the recovered values, and in English as sent", () => {
    const { client, formatMessage } = loaded;
    const error = client.readServiceError(BLOB_NOT_FOUND);
    const french = client.localize(error, "fr-FR");
    expect(french).toBe(formatMessage("fr-FR", "BadArgument", "BlobNotFound", ["foo", "bar"]));
    expect(french).toContain("foo");
    expect(french).toContain("bar");
    expect(client.localize(error, "fr-CA")).toBe(french);
    // The page's own text, with its spacing (two spaces after the first sentence), values in.
    const english = client.localize(error, "en-GB");
    expect(english).toBe(formatMessage("en-US", "BadArgument", "BlobNotFound", ["foo", "bar"]));
    expect(english.replace(/\s+/g, " ")).toBe(BLOB_NOT_FOUND.error.details[0]?.message);
  });

  it("builds the body the service sends, which reads back", () => {
    const { client, classTexts } = loaded;
    const { status, body } = client.createErrorBody("BadArgument", "BlobNotFound", "foo", "bar");
    expect(body.error.message).toBe(classTexts("en-US", "BadArgument")?.summary);
    expect(body.error.details[0].message.replace(/\s+/g, " ")).toBe(BLOB_NOT_FOUND.error.details[0]?.message);
    expect(client.readServiceError(body, status).values).toEqual(["foo", "bar"]);
  });

  it("turns it into problem details in French", () => {
    const { client, classTexts } = loaded;
    const problem = client.toProblem(client.readServiceError(BLOB_NOT_FOUND), { locale: "fr-FR", instance: "/r/1" });
    expect(problem).toMatchObject({
      type: `${client.PROBLEM_TYPE_PREFIX}BadArgument/BlobNotFound`,
      title: classTexts("fr-FR", "BadArgument")?.summary,
      status: 400,
      class: "BadArgument",
      code: "BlobNotFound",
      instance: "/r/1",
    });
    expect(problem.detail).toContain("foo");
  });
});
