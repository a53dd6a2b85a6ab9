import { describe, expectTypeOf, it } from "vitest";
import { messages } from "../src/generated/fr-FR.js";
import {
  type CodeOf,
  canonicalLocale,
  type ErrorClassName,
  formatError,
  type Locale,
  type LocaleTag,
  locales,
  type MessageValue,
  messageTemplate,
  negotiateLocale,
  type ParamsOf,
} from "../src/index.js";

// These assertions are checked by `tsc` (the typecheck script); at run time they only need to load.
describe("types", () => {
  it("types the locales", () => {
    expectTypeOf(locales).toExtend<readonly Locale[]>();
    expectTypeOf<(typeof locales)[number]>().toEqualTypeOf<Locale>();
    expectTypeOf(canonicalLocale).toExtend<Locale>();
    expectTypeOf(canonicalLocale).toEqualTypeOf<(typeof locales)[0]>();
    expectTypeOf(negotiateLocale).returns.toEqualTypeOf<Locale>();
    expectTypeOf<"xx-YY">().toExtend<LocaleTag>();
  });

  it("gives each formatter one parameter per placeholder", () => {
    expectTypeOf(messages.BadArgument.BlobNotFound).parameters.toEqualTypeOf<[p0: MessageValue, p1: MessageValue]>();
    expectTypeOf(messages.BadArgument.BlobNotFound).returns.toBeString();
    expectTypeOf(messages.BadArgument.BadParameterValue).parameters.toEqualTypeOf<[]>();
    expectTypeOf<ParamsOf<"BadArgument", "BlobNotFound">>().toEqualTypeOf<[p0: MessageValue, p1: MessageValue]>();
  });

  it("limits codes to their class", () => {
    expectTypeOf<"BlobNotFound">().toExtend<CodeOf<"BadArgument">>();
    expectTypeOf<"BlobNotFound">().not.toExtend<CodeOf<"NotFound">>();
    expectTypeOf<CodeOf<"LibraryExecutionError">>().toBeNever();
    expectTypeOf<"BadArgument">().toExtend<ErrorClassName>();
    expectTypeOf<"__proto__">().not.toExtend<ErrorClassName>();
  });

  it("rejects a wrong number of values, a code of another class and an unknown class", () => {
    // Never called: the calls below are for the compiler, and the wrong ones would throw.
    const compileOnly = () => {
      formatError("fr-CA", "BadArgument", "BlobNotFound", "a", 1);
      messageTemplate("fr-FR", "BadArgument", "BlobNotFound");
      // @ts-expect-error: one value too few
      formatError("fr-FR", "BadArgument", "BlobNotFound", "a");
      // @ts-expect-error: one value too many
      formatError("fr-FR", "BadArgument", "BlobNotFound", "a", "b", "c");
      // @ts-expect-error: a code without placeholders takes no value
      formatError("fr-FR", "BadArgument", "BadParameterValue", "a");
      // @ts-expect-error: a code of another class
      formatError("fr-FR", "NotFound", "BlobNotFound", "a", "b");
      // @ts-expect-error: an unknown class
      messageTemplate("fr-FR", "NoSuchClass", "BlobNotFound");
      // @ts-expect-error: values are strings, numbers, bigints or booleans
      formatError("fr-FR", "BadArgument", "BlobNotFound", {}, null);
      // @ts-expect-error: formatters are read-only
      messages.BadArgument.BlobNotFound = () => "";
    };
    expectTypeOf(compileOnly).returns.toBeVoid();
  });
});
