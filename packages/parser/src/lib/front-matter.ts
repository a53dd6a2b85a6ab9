import type { Root, Yaml } from "mdast";
import type { Point, Position } from "unist";
import type { VFile } from "vfile";
import { type Document, isCollection, isMap, isPair, isScalar, parseDocument, visit, type YAMLMap } from "yaml";
import { quote, report } from "./diagnostics.js";
import { pointIn } from "./points.js";

export interface FrontMatter {
  /** The front matter as plain JSON-able data; empty when there is none or it is invalid. */
  readonly meta: Readonly<Record<string, unknown>>;
  /** `ms.contentlocale`, with where its value starts, when the front matter has it as text. */
  readonly contentLocale?: { readonly value: string; readonly place: Point };
}

const contentLocaleKey = "ms.contentlocale";

/** The YAML text starts on the line after the opening `---` fence. */
function yamlOrigin(node: Yaml): Point {
  return { line: (node.position?.start.line ?? 1) + 1, column: 1 };
}

function contentLocaleOf(map: YAMLMap, value: string, origin: Point): FrontMatter["contentLocale"] {
  for (const pair of map.items) {
    if (!isScalar(pair.key) || pair.key.value !== contentLocaleKey) continue;
    if (!isScalar(pair.value) || typeof pair.value.value !== "string") return undefined;
    const offset = pair.value.range?.[0] ?? 0;
    return { value: pair.value.value, place: pointIn(value, offset, origin) };
  }
  return undefined;
}

function invalid(file: VFile, reason: string, place: Point | Position | undefined): FrontMatter {
  report(file, "invalid-front-matter", reason, place);
  return { meta: {} };
}

/** The offset of the first key that is a collection (`? [a, b]`), which toJS would turn into a string. */
function firstComplexKey(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Pair(_key, pair) {
      if (isPair(pair) && isCollection(pair.key)) {
        offset = pair.key.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

/**
 * Reads the YAML front matter into `meta`. Empty values stay `null`, quoted
 * values their string; YAML 1.2 core types only, so dates remain text.
 */
export function readFrontMatter(root: Root, file: VFile): FrontMatter {
  const node = root.children.find((child): child is Yaml => child.type === "yaml");
  if (!node) return { meta: {} };
  const origin = yamlOrigin(node);
  // logLevel "error": the yaml library would print its warnings on stderr itself (process.emitWarning).
  const document = parseDocument(node.value, { uniqueKeys: true, prettyErrors: false, logLevel: "error" });
  const [error] = document.errors;
  if (error) {
    const place = pointIn(node.value, error.pos[0], origin);
    const detail = error.message.split("\n")[0] ?? error.code;
    return invalid(file, `The front matter is not valid YAML (${detail}): fix its syntax`, place);
  }
  if (document.contents === null) return { meta: {} };
  if (!isMap(document.contents)) {
    return invalid(
      file,
      "The front matter is not a mapping of keys to values: write one `key: value` per line",
      node.position,
    );
  }
  const complexKey = firstComplexKey(document);
  if (complexKey !== undefined) {
    return invalid(
      file,
      "A front matter key is a list or a mapping, which JSON cannot carry: write each key as plain text",
      pointIn(node.value, complexKey, origin),
    );
  }
  let meta: unknown;
  try {
    meta = document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return invalid(file, `The front matter cannot be read (${detail}): remove its aliases`, node.position);
  }
  const contentLocale = contentLocaleOf(document.contents, node.value, origin);
  return {
    meta: meta as Record<string, unknown>,
    ...(contentLocale === undefined ? {} : { contentLocale }),
  };
}

/** A warning when the page declares another locale than the manifest gives it; BCP 47 tags ignore case. */
export function checkContentLocale(frontMatter: FrontMatter, locale: string, file: VFile): void {
  const declared = frontMatter.contentLocale;
  if (!declared || declared.value.toLowerCase() === locale.toLowerCase()) return;
  report(
    file,
    "locale-mismatch",
    `Front matter says ${contentLocaleKey}: ${quote(declared.value)} but the document is read as locale ${quote(locale)}: fix the locale given to it (in the manifest) or the front matter`,
    declared.place,
  );
}
