import { describe, expect, it } from "vitest";
import { checkEmittable, emit } from "../src/index.js";
import { catalogOf } from "./messages/support.js";
import { handWrittenSources, importGenerated } from "./support.js";

/**
 * Which ids `checkEmittable` refuses as protocol names, shown on the
 * generated code itself: names of well-known symbols are harmless string
 * keys, while `then` and `toJSON` (which the emitters would still print) do
 * change how the generated objects behave, which is why they are refused.
 */
const SYMBOL_NAMES = ["iterator", "asyncIterator", "hasInstance", "toPrimitive", "toStringTag", "species"];

function catalogWith(codeIds: readonly string[]) {
  return catalogOf({
    classes: [{ id: "Cls", codes: codeIds.map((id) => ({ id, message: { "en-US": `${id} {0}` } })) }],
  });
}

async function generated(codeIds: readonly string[]) {
  const { files } = await emit(catalogWith(codeIds));
  const { messages } = (await importGenerated(files, "messages/src/generated/", "en-US.js")) as {
    messages: Record<string, Record<string, unknown>>;
  };
  const codes = await importGenerated([...files, ...handWrittenSources("codes")], "codes/src/", "index.js");
  return { messages: messages.Cls as Record<string, unknown>, codes };
}

describe("ids named after well-known symbols", () => {
  it("are accepted by the check", () => {
    expect(checkEmittable(catalogWith(SYMBOL_NAMES))).toEqual([]);
  });

  it("leave every protocol of the generated objects alone: they are string keys, and protocols read symbols", async () => {
    const { messages, codes } = await generated(SYMBOL_NAMES);
    expect(Symbol.iterator in messages).toBe(false);
    expect(Symbol.asyncIterator in messages).toBe(false);
    expect(Symbol.toPrimitive in messages).toBe(false);
    expect(Object.prototype.toString.call(messages)).toBe("[object Object]");
    expect(String(messages)).toBe("[object Object]");
    expect(await Promise.resolve(messages)).toBe(messages);
    expect(JSON.parse(JSON.stringify(codes.ErrorCodes))).toEqual(
      Object.fromEntries(SYMBOL_NAMES.map((id) => [id, id])),
    );
    expect((messages.iterator as (value: string) => string)("x")).toBe("iterator x");
    const isErrorCode = codes.isErrorCode as (value: unknown) => boolean;
    expect(SYMBOL_NAMES.every(isErrorCode)).toBe(true);
  });
});

describe("ids the check refuses as protocol names", () => {
  it("would make the generated objects thenable and change JSON.stringify, as the emitters would print them", async () => {
    const { messages, codes } = await generated(["then", "toJSON"]);
    // `await` calls `then`, with resolve and reject as its values: the await never settles on the object.
    const settled = await Promise.race([
      Promise.resolve(messages).then(() => "settled"),
      new Promise((resolve) => setTimeout(() => resolve("pending"), 50)),
    ]);
    expect(settled).toBe("pending");
    // JSON.stringify calls the `toJSON` formatter (with the key, "") instead of serialising the object.
    expect(JSON.stringify(messages)).toBe('"toJSON "');
    expect(JSON.stringify({ cls: messages })).toBe('{"cls":"toJSON cls"}');
    expect(codes.ErrorCodes).toHaveProperty("then", "then");
    expect(checkEmittable(catalogWith(["then", "toJSON", "constructor", "valueOf"])).map((p) => p.ruleId)).toEqual([
      "protocol-identifier",
      "protocol-identifier",
      "protocol-identifier",
      "protocol-identifier",
    ]);
  });

  it("refuses __proto__, which would set a prototype rather than name a member", () => {
    expect(checkEmittable(catalogWith(["__proto__"])).map((p) => p.ruleId)).toEqual(["invalid-identifier"]);
  });
});
