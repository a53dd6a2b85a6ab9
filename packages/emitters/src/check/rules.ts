/**
 * What `checkEmittable` reports: catalog content that the generated packages
 * cannot carry as written. Every one is an error: renaming an id, or
 * rewording a text, behind the author's back would publish something the
 * reference page does not say.
 */
export const emitRules = {
  "invalid-identifier": {
    description:
      "A class or code id is not an ASCII identifier (a letter, then letters, digits or `_`), or a locale cannot name a module.",
  },
  "reserved-identifier": {
    description:
      "A class or code id is a JavaScript reserved word (`delete`, `class`, `enum`…), which no code can use as a name (`const { delete } = ErrorCodes`).",
  },
  "protocol-identifier": {
    description:
      "A class or code id is a name JavaScript reads on any object (`then`, `toJSON`, `toString`, `valueOf`, `constructor`, `hasOwnProperty`…): as a key of the generated tables it would make them thenable, change `JSON.stringify` or shadow what callers use.",
  },
  "identifier-collision": {
    description:
      "Two names of the generated packages would be the same: class ids or locales that differ only in case, a code twice in a class, or an OpenAPI schema name taken twice (class `FooDetailCode` beside class `Foo`).",
  },
  "unsafe-i18next-text": {
    description:
      "A text that the i18next bundle would have to carry holds i18next syntax (`{{…}}`, `$t(…)`), which i18next has no escape for.",
  },
  "missing-text": {
    description:
      "A code has no message, and its class no summary or title, in the canonical locale: no locale has a text.",
  },
} as const;

export type EmitRuleId = keyof typeof emitRules;
