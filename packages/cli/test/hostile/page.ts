/**
 * A reference page made of hostile text: every string below goes through
 * markdown, the parser, the catalog and every emitter, and must come out of
 * each generated package exactly as written here.
 */

/** Set by any payload below that runs as code. */
export const PWNED = "__amlErrorsPwned";

const payload = `globalThis.${PWNED} = 1`;

/** Text for messages: braces are placeholders there, so `${…}` only appears as `${0}`. */
export const MESSAGE_TEXTS = {
  comments: "closes */ a comment /* and opens one",
  backtick: "a `backtick` and \u0024{0} in a template",
  quotes: `double " single ' backslash \\ end`,
  separators: "line\u2028separator paragraph\u2029separator",
  controls: "bell\u0007 escape\u001b delete\u007f next-line\u0085 unit\u0001",
  script: "</script><script>alert(1)</script>",
  bidi: "right-to-left \u200f mark, \u202eoverride\u202c and \u2066isolate\u2069",
  emoji: "emoji 😀 and 👩‍👩‍👧 family",
  doubleQuotePayload: `"; ${payload}; "`,
  singleQuotePayload: `'; ${payload}; '`,
  commentPayload: `*/ ${payload}; /*`,
  templatePayload: `\`; ${payload}; \``,
  separatorPayload: `\u2028${payload}\u2029`,
  scriptPayload: `</script><script>${payload}</script>`,
} as const;

/** Character references the parser decodes as CommonMark does: invalid code points become U+FFFD. */
export const REFERENCES = {
  loneSurrogate: { markdown: "high &#xD800; low &#xDFFF; end", text: "high \ufffd low \ufffd end" },
  nul: { markdown: "nul &#0; end", text: "nul \ufffd end" },
  valid: { markdown: "amp &amp; e-acute &#xE9; end", text: "amp & e-acute é end" },
} as const;

const LONG_UNIT = [
  MESSAGE_TEXTS.comments,
  MESSAGE_TEXTS.quotes,
  MESSAGE_TEXTS.script,
  MESSAGE_TEXTS.bidi,
  "é 漢字",
].join(" ");

/**
 * Over 100 kB of hostile text, in one table cell (whose edges the parser
 * trims of ASCII spaces). The unit is whole once; its repeats leave out the
 * emphasis and link markers, since a block of more than 500 of them is
 * refused before parsing (`too-deeply-nested`, see docs/limits.md).
 */
const REPEATED_UNIT = LONG_UNIT.replace(/[*_~[\]]/g, "");
export const LONG_TEXT = [
  LONG_UNIT,
  ...Array.from({ length: Math.ceil(100_000 / REPEATED_UNIT.length) }, () => REPEATED_UNIT),
].join(" ");

/** Texts of class summaries and descriptions, where any brace is literal text. */
export const CLASS_TEXTS = {
  templateSummary: `a template \${${payload}} and \${x}`,
  description: `${MESSAGE_TEXTS.comments} ${MESSAGE_TEXTS.quotes} {{i18n}} $t(key) — ${MESSAGE_TEXTS.bidi}`,
} as const;

/** Backslash-escapes every ASCII punctuation character, so that markdown reads each one literally. */
export function literalMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, "\\$&");
}

export interface HostileCode {
  readonly id: string;
  /** The message as the catalog must hold it; undefined for an empty cell. */
  readonly message?: string;
  /** The cell as written in the page. */
  readonly cell: string;
}

export interface HostileClass {
  readonly id: string;
  readonly status: number;
  readonly summary: string;
  readonly description?: string;
  readonly codes: readonly HostileCode[];
}

function code(id: string, message: string): HostileCode {
  return { id, message, cell: literalMarkdown(message).replaceAll("\\{", "{").replaceAll("\\}", "}") };
}

/**
 * The classes of the page: ids named after well-known symbols and
 * `prototype` (accepted: protocols read symbols, not these string keys;
 * names such as `constructor` or `toString` are refused at the source),
 * every hostile text as a message.
 */
export const CLASSES: readonly HostileClass[] = [
  {
    id: "iterator",
    status: 400,
    summary: MESSAGE_TEXTS.comments,
    description: CLASS_TEXTS.description,
    codes: [
      code("toPrimitive", `${MESSAGE_TEXTS.quotes} {0}`),
      code("hasInstance", `{1} then {0}: ${MESSAGE_TEXTS.backtick}`),
      code("prototype", MESSAGE_TEXTS.separators),
      code("toStringTag", MESSAGE_TEXTS.controls),
      code("iterator", MESSAGE_TEXTS.script),
    ],
  },
  {
    id: "prototype",
    status: 500,
    summary: CLASS_TEXTS.templateSummary,
    codes: [
      // An empty cell: the formatter falls back to the summary, payload and all.
      { id: "FallsBack", cell: "" },
      ...Object.entries(MESSAGE_TEXTS).map(([name, text]) =>
        code(`Text${name[0]?.toUpperCase()}${name.slice(1)}`, text),
      ),
      ...Object.entries(REFERENCES).map(([name, { markdown, text }]) => ({
        id: `Reference${name[0]?.toUpperCase()}${name.slice(1)}`,
        message: text,
        cell: markdown,
      })),
      code("Long", `{0} ${LONG_TEXT}`),
    ],
  },
];

/** The page, in the shape of the real one: front matter, an anchor per class, a two-column table. */
export function hostilePage(): string {
  const sections = CLASSES.map((cls) => {
    const rows = cls.codes.map((entry) => `| ${entry.id} | ${entry.cell} |`).join("\n");
    const description = cls.description === undefined ? "" : `${literalMarkdown(cls.description)}\n\n`;
    return `## <a name="${cls.id.toLowerCase()}-http-status-code-${cls.status}"></a>${cls.id} (HTTP ${cls.status})\n\n${literalMarkdown(cls.summary)}\n\n${description}| Code | Message |\n| --- | --- |\n${rows}\n`;
  });
  return `---\ntitle: Hostile\nms.contentlocale: en-US\n---\n# Hostile codes\n\n${sections.join("\n")}`;
}
