import type { Segment } from "@aml-errors/catalog/model";
import { markdownText, stringLiteral } from "../escape.js";
import { markdownHeader } from "../header.js";
import { licenceSection } from "../licence/readme-section.js";
import { markdownTable } from "../shared/markdown-table.js";
import { libraryGuide } from "./library-guide.js";
import { type MessagesPlan, messageIn, type PlannedClass, type PlannedCode } from "./plan.js";

const PACKAGE = "@aml-errors/messages";

interface Example {
  readonly cls: PlannedClass;
  readonly code: PlannedCode;
  readonly values: readonly string[];
}

function sampleValues(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `value-${i}`);
}

/** Fills a message the way the compiled formatter does. */
function filled(segments: readonly Segment[], values: readonly string[]): string {
  return segments.map((segment) => (typeof segment === "number" ? (values[segment] ?? "") : segment)).join("");
}

/** The code the examples use: one whose canonical message takes the most values. */
function pickExample(plan: MessagesPlan): Example | undefined {
  let best: Example | undefined;
  for (const cls of plan.classes) {
    for (const code of cls.codes) {
      const own = messageIn(code, plan.canonicalLocale).origin === "message";
      if (own && (!best || code.arity > best.code.arity)) best = { cls, code, values: sampleValues(code.arity) };
    }
  }
  return best;
}

/** A fenced block whose fence is longer than any backtick run inside, so that catalog text cannot close it. */
function fence(language: string, lines: readonly string[]): string {
  const longest = Math.max(2, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
  const marks = "`".repeat(longest + 1);
  return [`${marks}${language}`, ...lines, marks].join("\n");
}

function valueList(values: readonly string[]): string {
  return values.map((value) => stringLiteral(value)).join(", ");
}

function valueObject(values: readonly string[]): string {
  return `{ ${values.map((value, i) => `${i}: ${stringLiteral(value)}`).join(", ")} }`;
}

function usage(plan: MessagesPlan, example: Example): string {
  const locale = plan.canonicalLocale;
  const { cls, code, values } = example;
  const result = stringLiteral(filled(messageIn(code, locale).segments, values));
  const key = `${cls.id}.${code.id}`;
  const args = [stringLiteral(cls.id), stringLiteral(code.id), ...values.map((value) => stringLiteral(value))].join(
    ", ",
  );
  const oneLocale = fence("ts", [
    `import { messages } from "${PACKAGE}/${locale}";`,
    "",
    `messages.${cls.id}.${code.id}(${valueList(values)});`,
    `// ${result}`,
  ]);
  const wrongCount =
    code.arity > 0
      ? [
          `// @ts-expect-error: ${code.id} takes ${code.arity} value${code.arity === 1 ? "" : "s"}`,
          `formatError(locale, ${[stringLiteral(cls.id), stringLiteral(code.id), ...values.slice(0, -1).map(stringLiteral)].join(", ")});`,
        ]
      : [];
  const anyLocale = fence("ts", [
    `import { formatError, messageTemplate, negotiateLocale } from "${PACKAGE}";`,
    "",
    "// The best locale for an Accept-Language header, e.g. `fr-CA,fr;q=0.9,en;q=0.5`.",
    'const locale = negotiateLocale(request.headers["accept-language"]);',
    `formatError(locale, ${args});`,
    ...wrongCount,
    `messageTemplate(locale, ${stringLiteral(cls.id)}, ${stringLiteral(code.id)});`,
    `// ${stringLiteral(messageIn(code, locale).text)} in ${locale}`,
  ]);
  const icu = fence("ts", [
    'import { IntlMessageFormat } from "intl-messageformat";',
    `import bundle from "${PACKAGE}/locales/${locale}.json" with { type: "json" };`,
    "",
    "// ignoreTag: the messages are plain text, where `<` opens no tag.",
    `const format = new IntlMessageFormat(bundle[${stringLiteral(key)}], ${stringLiteral(locale)}, undefined, { ignoreTag: true });`,
    `format.format(${valueObject(values)});`,
  ]);
  const i18next = fence("ts", [
    'import i18next from "i18next";',
    `import resources from "${PACKAGE}/locales/${locale}.i18next.json" with { type: "json" };`,
    "",
    "await i18next.init({",
    `  lng: ${stringLiteral(locale)},`,
    `  resources: { ${stringLiteral(locale)}: { translation: resources } },`,
    "  // The messages are plain text: i18next's default HTML escaping would show `&lt;` for `<`.",
    "  interpolation: { escapeValue: false },",
    "});",
    `i18next.t(${stringLiteral(key)}, ${valueObject(values)});`,
  ]);
  return [
    "## Usage",
    "",
    "### One locale, compiled formatters",
    "",
    `Each locale has its own entry point, which imports no other locale: a bundler that imports \`${PACKAGE}/${locale}\` ships only the ${locale} strings. A formatter is plain string concatenation, nothing is parsed at run time.`,
    "",
    oneLocale,
    "",
    "### Any locale",
    "",
    "The root entry point imports every locale. The number of values is checked by the compiler, from the placeholders of each message.",
    "",
    anyLocale,
    "",
    "### ICU MessageFormat",
    "",
    `\`locales/<locale>.json\` maps \`"<Class>.<Code>"\` to an ICU MessageFormat pattern. ASCII apostrophes are doubled (ICU reads \`'{\` as the start of quoted text, so \`'{0}'\` would print \`{0}\`), and literal braces are quoted.`,
    "",
    icu,
    "",
    "### i18next",
    "",
    '`locales/<locale>.i18next.json` holds `{ "<Class>": { "<Code>": "… {{0}} …" } }`. Set `interpolation.escapeValue: false`: the messages are plain text, and the values would otherwise be HTML-escaped. i18next reads `{{…}}` inside a value as a placeholder too; the compiled formatters and the ICU bundle insert every value verbatim.',
    "",
    i18next,
    "",
    libraryGuide({ pkg: PACKAGE, locale, key, values: valueObject(values), fence }),
  ].join("\n");
}

function localeTable(plan: MessagesPlan): string {
  const codes = plan.classes.flatMap((cls) => cls.codes);
  const rows = plan.locales.map((locale) => {
    const own = codes.filter((code) => {
      const message = messageIn(code, locale);
      return message.origin === "message" && message.locale === locale;
    }).length;
    const role = locale === plan.canonicalLocale ? " (canonical)" : "";
    return [`${locale}${role}`, `\`${PACKAGE}/${locale}\``, String(own), String(codes.length - own)];
  });
  const columns = [
    { header: "Locale" },
    { header: "Entry point" },
    { header: "Own messages", align: "right" },
    { header: "Filled by fallback", align: "right" },
  ] as const;
  return markdownTable(columns, rows);
}

function messageTable(plan: MessagesPlan): string {
  const rows = plan.classes.flatMap((cls) =>
    cls.codes.map((code) => {
      const message = messageIn(code, plan.canonicalLocale);
      const text = markdownText(message.text);
      const shown = message.origin === "message" ? text : `_(no message; class ${message.origin})_ ${text}`;
      return [`\`${cls.id}\``, `\`${code.id}\``, String(code.arity), shown];
    }),
  );
  const columns = [
    { header: "Class" },
    { header: "Code" },
    { header: "Values", align: "right" },
    { header: "Message" },
  ] as const;
  return markdownTable(columns, rows);
}

/** `README.md`: what the package holds, how to use each form, the fallback rules, and every message. */
export function messagesReadme(plan: MessagesPlan): string {
  const entries = plan.classes.reduce((sum, cls) => sum + cls.codes.length, 0);
  const example = pickExample(plan);
  const sections = [
    `# ${PACKAGE}`,
    "",
    `Localized user messages for the error codes of the Azure Machine Learning REST API: compiled, typed formatters with one entry point per locale, and ICU MessageFormat and i18next bundles. ${plan.classes.length} classes, ${entries} messages (one per class and code), in ${plan.locales.join(", ")}. No runtime dependencies; ESM only.`,
    "",
    "## Install",
    "",
    fence("sh", [`npm install ${PACKAGE}`]),
    "",
    ...(example ? [usage(plan, example), ""] : []),
    "## Exports",
    "",
    "- `locales`, `canonicalLocale`, type `Locale`: the locales this package has messages for.",
    "- `formatError(locale, cls, code, ...values)`: the message with the values inserted as given (`String(value)`, never escaped: escape the result where it goes into HTML); as many values as the message has placeholders, checked at compile time.",
    "- `messageTemplate(locale, cls, code)`: the message with its `{n}` placeholders.",
    "- `negotiateLocale(acceptLanguage)`: the best locale for an HTTP `Accept-Language` header (RFC 9110, with q-values; `q=0` excludes).",
    "- `resolveLocale(tag)`: the locale whose messages a tag gets; `localeMatch(tag)`: the same, with whether it is a fallback.",
    "- `classTexts(locale, cls)`: the title and summary of every class, codes or not.",
    "- `isParamsOf(cls, code, values)`: the typed way in for values that come as a list (a regex match): true when the count is the message's, and then `formatError(locale, cls, code, ...values)` compiles without a cast; `valueCount(cls, code)`; `formatMessage(locale, cls, code, values)`, which answers `undefined` rather than throwing for an unknown pair or a wrong count.",
    "- Types `LocaleTag` (a locale or any tag), `ErrorClassName` and `CodeOf<C>` (those of `@aml-errors/codes`, so that its `isErrorClass` and `isCodeOf` narrow straight into the formatters), `ParamsOf<C, K>`, `MessageParams`, `MessageValue`, `Messages`, `ClassTexts`, `LocaleMatch`.",
    `- \`${PACKAGE}/<locale>\`: \`messages\`, one formatter per class and code.`,
    `- \`${PACKAGE}/locales/<locale>.json\`, \`${PACKAGE}/locales/<locale>.nested.json\` and \`${PACKAGE}/locales/<locale>.i18next.json\`: the bundles.`,
    "",
    "## Fallback",
    "",
    `A locale gets its own message, else the message of the best locale of the same language and script by CLDR likely subtags (\`fr-CA\` → \`fr-FR\`, \`pt-PT\` → \`pt-BR\`, \`zh-SG\` → \`zh-CN\`; \`zh-TW\` and \`zh-HK\`, Traditional, never get Simplified text), else the message of the canonical locale (${plan.canonicalLocale}). A code without a message gets its class summary. Every bundle and entry point is complete, with the fallback already applied: no message is ever a key or empty. \`formatError\`, \`messageTemplate\` and \`resolveLocale\` choose the locale of any tag the same way; a lookup of an unknown class or code throws a \`RangeError\`.`,
    "",
    "## Locales",
    "",
    localeTable(plan),
    "",
    `## Messages (${plan.canonicalLocale})`,
    "",
    messageTable(plan),
    "",
    licenceSection(),
  ];
  return `${markdownHeader}\n${sections.join("\n")}\n`;
}
