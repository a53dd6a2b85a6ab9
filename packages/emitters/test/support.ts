import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Catalog, CatalogClass } from "@aml-errors/catalog/model";
import { ts } from "ts-morph";
import type { OutputFile } from "../src/index.js";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The committed catalog of the real reference page. */
export function realCatalog(): Catalog {
  return JSON.parse(readFileSync(join(repoRoot, "packages/catalog/catalog.json"), "utf8")) as Catalog;
}

export interface CodeSpec {
  readonly id: string;
  readonly message?: string;
}

export interface ClassSpec {
  readonly id: string;
  readonly status: number;
  readonly summary?: string;
  readonly description?: string;
  readonly codes?: readonly CodeSpec[];
}

const LOCALE = "fr-FR";

function placeholders(message: string | undefined): number[] {
  const found = [...(message ?? "").matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
  return [...new Set(found)].sort((a, b) => a - b);
}

/** A valid catalog in one locale from a compact description of its classes. */
export function catalogOf(classes: readonly ClassSpec[]): Catalog {
  const position = { [LOCALE]: { line: 1, column: 1 } };
  return {
    canonicalLocale: LOCALE,
    locales: [LOCALE],
    sources: [
      { id: "doc", locale: LOCALE, path: `${LOCALE}/doc.md`, sha256: "0123456789ab".padEnd(64, "0"), meta: {} },
    ],
    classes: classes.map(
      (cls): CatalogClass => ({
        id: cls.id,
        status: cls.status,
        title: { [LOCALE]: cls.id },
        summary: cls.summary === undefined ? {} : { [LOCALE]: cls.summary },
        description: cls.description === undefined ? {} : { [LOCALE]: cls.description },
        codes: (cls.codes ?? []).map((code) => ({
          id: code.id,
          message: code.message === undefined ? {} : { [LOCALE]: code.message },
          params: placeholders(code.message),
          position,
        })),
        position,
      }),
    ),
  };
}

/** Text that is inert only when every escaping path does its job. */
export const HOSTILE = {
  comment: "closes */ a comment /* and opens one",
  template: `a \${x} template and a \`backtick\``,
  quotes: `double " and single ' quotes, \\ a backslash`,
  moreDoubles: 'only "double" quotes',
  lineSeparators: "line\u2028separator and paragraph\u2029separator",
  newline: "two\nlines",
  markdown: "*star* _under_ [link](x) <b>html</b> | pipe ~strike~ &amp; $math$ # hash",
  jsdoc: "@param tag and {@link Foo}",
  wide: "漢字 and NBSP\u00a0here",
} as const;

/** Classes and codes named after Object.prototype members, with hostile messages. */
export function hostileCatalog(): Catalog {
  return catalogOf([
    {
      id: "constructor",
      status: 400,
      summary: HOSTILE.comment,
      description: HOSTILE.template,
      codes: [
        { id: "toString", message: `${HOSTILE.quotes} {0}` },
        { id: "isPrototypeOf", message: `${HOSTILE.template} {0}` },
        { id: "hasOwnProperty", message: HOSTILE.moreDoubles },
        { id: "valueOf", message: HOSTILE.lineSeparators },
        { id: "Shared", message: `${HOSTILE.markdown} {1} {0}` },
      ],
    },
    {
      id: "Plain",
      status: 503,
      summary: HOSTILE.jsdoc,
      codes: [{ id: "Shared", message: HOSTILE.newline }, { id: "NoMessage" }, { id: "Wide", message: HOSTILE.wide }],
    },
    { id: "Empty", status: 500 },
  ]);
}

/** The file of a run at `path`, or a failure naming the files there are. */
export function fileAt(files: readonly OutputFile[], path: string): string {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path} among ${files.map((candidate) => candidate.path).join(", ")}`);
  return file.contents;
}

/**
 * The hand-written modules of a generated package (`packages/codes/src/*.ts`,
 * its runtime over the generated tables) as files of a run
 * (`codes/src/lookup.ts`), so that tests import and type-check the generated
 * files together with the code that reads them.
 */
export function handWrittenSources(packageName: string): OutputFile[] {
  const folder = join(repoRoot, "packages", packageName, "src");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .sort()
    .map((name) => ({ path: `${packageName}/src/${name}`, contents: readFileSync(join(folder, name), "utf8") }));
}

/** Syntax errors TypeScript finds in a generated file (none expected). */
export function syntaxErrors(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const diagnostics = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

/**
 * Writes the generated TypeScript files of a run to a temporary folder as
 * JavaScript (type-stripped by TypeScript's transpiler) and imports `entry`,
 * so that tests exercise the generated code itself.
 */
export async function importGenerated(
  files: readonly OutputFile[],
  folder: string,
  entry: string,
): Promise<Record<string, unknown>> {
  const root = mkdtempSync(join(tmpdir(), "aml-errors-emit-"));
  for (const file of files.filter((candidate) => candidate.path.startsWith(folder) && candidate.path.endsWith(".ts"))) {
    const output = ts.transpileModule(file.contents, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const target = join(root, file.path.slice(folder.length).replace(/\.ts$/, ".js"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output);
  }
  writeFileSync(join(root, "package.json"), '{ "type": "module" }\n');
  return (await import(pathToFileURL(join(root, entry)).href)) as Record<string, unknown>;
}

/** Writes the generated TypeScript files plus `extra` files to a temporary folder and type-checks them strictly. */
const CODES_FOLDER = "node_modules/@aml-errors/codes/src/";

/**
 * The class and code types of `@aml-errors/codes` for `catalog`, which the
 * generated messages import: the same shapes (`ErrorClassName` a union of
 * ids, `CodeOf<C>` the union of the codes of C) written from the catalog,
 * because the hostile catalogs here have ids the codes package refuses.
 */
function codesPackageFiles(catalog: Catalog): (readonly [string, string])[] {
  const union = (ids: readonly string[]) =>
    ids.length === 0 ? "never" : ids.map((id) => JSON.stringify(id)).join(" | ");
  const members = catalog.classes.map(
    (cls) => `  ${JSON.stringify(cls.id)}: ${union(cls.codes.map((code) => code.id))};`,
  );
  return [
    [
      `${CODES_FOLDER}index.ts`,
      [
        `export type ErrorClassName = ${union(catalog.classes.map((cls) => cls.id))};`,
        `type ClassCodes = {\n${members.join("\n")}\n};`,
        "export type CodeOf<C extends ErrorClassName> = ClassCodes[C];",
        "",
      ].join("\n"),
    ],
  ];
}

export function typeCheck(
  files: readonly OutputFile[],
  folder: string,
  extra: Readonly<Record<string, string>>,
  codesOf?: Catalog,
): { status: number; output: string } {
  const root = mkdtempSync(join(tmpdir(), "aml-errors-tsc-"));
  const sources = files.filter((file) => file.path.startsWith(folder) && file.path.endsWith(".ts"));
  const all = [
    ...sources.map((file) => [file.path.slice(folder.length), file.contents] as const),
    ...Object.entries(extra),
    ...(codesOf === undefined ? [] : codesPackageFiles(codesOf)),
  ];
  for (const [path, contents] of all) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  const tsconfig = {
    // The generated packages' own settings (tsconfig.base.json), type-checking only.
    extends: join(repoRoot, "tsconfig.base.json"),
    compilerOptions: {
      noEmit: true,
      types: [],
      ...(codesOf === undefined ? {} : { paths: { "@aml-errors/codes": [`./${CODES_FOLDER}index.ts`] } }),
    },
    include: ["**/*.ts"],
  };
  writeFileSync(join(root, "tsconfig.json"), JSON.stringify(tsconfig));
  writeFileSync(join(root, "package.json"), '{ "type": "module" }\n');
  const result = spawnSync(join(repoRoot, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/**
 * Runs `biome check` (format, lint, import order) with the repository's
 * configuration on files written to a scratch folder at their package paths
 * (e.g. `packages/codes/src/generated/enums.ts`), so that path-specific
 * settings apply. Version control is off there: the scratch folder is no
 * repository.
 */
export function biomeCheck(files: readonly { readonly path: string; readonly contents: string }[]): {
  status: number;
  output: string;
} {
  const root = mkdtempSync(join(tmpdir(), "aml-errors-biome-"));
  const config = JSON.parse(readFileSync(join(repoRoot, "biome.json"), "utf8")) as Record<string, unknown>;
  delete config.$schema;
  config.vcs = { enabled: false };
  writeFileSync(join(root, "biome.json"), JSON.stringify(config));
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.contents);
  }
  const result = spawnSync(
    join(repoRoot, "node_modules/.bin/biome"),
    ["check", "--colors=off", ...files.map((file) => file.path)],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
