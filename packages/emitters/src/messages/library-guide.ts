import { stringLiteral } from "../escape.js";
import { markdownTable } from "../shared/markdown-table.js";

/**
 * The README's setup of each i18n library the package's tests run over
 * every message of every locale (packages/messages/test/libraries.test.ts):
 * the file each reads, the options it needs, and the form its arguments take.
 */

export interface GuideExample {
  readonly pkg: string;
  readonly locale: string;
  readonly key: string;
  /** `{ 0: "…", 1: "…" }`, as TypeScript. */
  readonly values: string;
  readonly fence: (language: string, lines: readonly string[]) => string;
}

export function bundleTable(pkg: string): string {
  const rows = [
    [
      "intl-messageformat, FormatJS (`formatjs compile --format simple`), react-intl, Lingui, @messageformat/core",
      `\`${pkg}/locales/<locale>.json\``,
      '`{ "<Class>.<Code>": "<ICU>" }`',
    ],
    [
      "next-intl, use-intl, vue-i18n (with an ICU message compiler)",
      `\`${pkg}/locales/<locale>.nested.json\``,
      '`{ "<Class>": { "<Code>": "<ICU>" } }`',
    ],
    [
      "i18next (`interpolation.escapeValue: false`)",
      `\`${pkg}/locales/<locale>.i18next.json\``,
      '`{ "<Class>": { "<Code>": "… {{0}} …" } }`',
    ],
  ];
  return markdownTable([{ header: "Library" }, { header: "File" }, { header: "Shape" }], rows);
}

export function libraryGuide(example: GuideExample): string {
  const { pkg, locale, key, values, fence } = example;
  const [cls, code] = [key.slice(0, key.indexOf(".")), key.slice(key.indexOf(".") + 1)];
  const flat = `${pkg}/locales/${locale}.json`;
  const nested = `${pkg}/locales/${locale}.nested.json`;
  return [
    "### Which file for which library",
    "",
    bundleTable(pkg),
    "",
    "Every library below is given the arguments as an object keyed by the placeholder numbers: `{ 0: …, 1: … }`.",
    "",
    "### FormatJS and react-intl",
    "",
    "The flat bundle maps ids to strings, which `formatjs compile` calls the `simple` format (its default expects `{ id: { defaultMessage } }`):",
    "",
    fence("sh", [`npx formatjs compile node_modules/${flat} --format simple --ast --out-file compiled/${locale}.json`]),
    "",
    fence("ts", [
      'import { IntlMessageFormat } from "intl-messageformat";',
      `import messages from "./compiled/${locale}.json" with { type: "json" };`,
      "",
      `const values = ${values};`,
      `const format = new IntlMessageFormat(messages[${stringLiteral(key)}], ${stringLiteral(locale)}, undefined, {`,
      "  ignoreTag: true,",
      "});",
      "format.format(values);",
      "// react-intl: <IntlProvider locale={locale} messages={messages}>, then",
      `// intl.formatMessage({ id: ${stringLiteral(key)} }, values);`,
    ]),
    "",
    "### next-intl and use-intl",
    "",
    "They read a dot in a key as nesting, so they take the nested bundle (the flat one gives `MISSING_MESSAGE` for every key):",
    "",
    fence("ts", [
      'import { createTranslator } from "use-intl/core";',
      `import messages from "${nested}" with { type: "json" };`,
      "",
      `const values = ${values};`,
      `const t = createTranslator({ locale: ${stringLiteral(locale)}, messages });`,
      `t(${stringLiteral(key)}, values);`,
      "// next-intl: return { locale, messages } from i18n/request.ts with the same bundle, then",
      `// useTranslations(${stringLiteral(cls)})(${stringLiteral(code)}, values);`,
    ]),
    "",
    "### vue-i18n",
    "",
    "vue-i18n's own syntax reads `{0}` as a list argument and does not undo ICU's doubled apostrophes: give it the nested bundle with an ICU message compiler.",
    "",
    fence("ts", [
      'import { IntlMessageFormat } from "intl-messageformat";',
      'import { createI18n } from "vue-i18n";',
      `import messages from "${nested}" with { type: "json" };`,
      "",
      "const i18n = createI18n({",
      "  legacy: false,",
      `  locale: ${stringLiteral(locale)},`,
      `  messages: { ${stringLiteral(locale)}: messages },`,
      "  messageCompiler: (message, { locale }) => {",
      "    const format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });",
      "    return (context) => format.format(context.values);",
      "  },",
      "});",
      `i18n.global.t(${stringLiteral(key)}, ${values});`,
    ]),
    "",
    "### Lingui",
    "",
    "Lingui takes the flat bundle as a catalog of ICU messages, compiled when loaded:",
    "",
    fence("ts", [
      'import { i18n } from "@lingui/core";',
      'import { compileMessage } from "@lingui/message-utils/compileMessage";',
      `import messages from "${flat}" with { type: "json" };`,
      "",
      "i18n.setMessagesCompiler(compileMessage);",
      `i18n.load(${stringLiteral(locale)}, messages);`,
      `i18n.activate(${stringLiteral(locale)});`,
      `i18n._(${stringLiteral(key)}, ${values});`,
    ]),
    "",
    "### @messageformat/core",
    "",
    fence("ts", [
      'import MessageFormat from "@messageformat/core";',
      `import messages from "${flat}" with { type: "json" };`,
      "",
      `const format = new MessageFormat(${stringLiteral(locale)}).compile(messages[${stringLiteral(key)}]);`,
      `format(${values});`,
    ]),
  ].join("\n");
}
