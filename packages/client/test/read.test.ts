import { type CodeOf, classesOf, codesOf, httpStatusOf, isErrorClass } from "@aml-errors/codes";
import { canonicalLocale, classTexts, formatMessage } from "@aml-errors/messages";
import { describe, expect, expectTypeOf, it } from "vitest";
import { MAX_DETAILS, readServiceError, type ServiceError, type ValuesOf } from "../src/index.js";
import { arity, catalog, pairs } from "./support.js";

const values = (count: number) => Array.from({ length: count }, (_, i) => `value ${i}`);

/** The Azure error object the service sends for a pair, built here from the catalog's own texts. */
function azureBody(cls: string, code: string, count: number) {
  const message = formatMessage(canonicalLocale, cls, code, values(count));
  return {
    error: {
      code: cls,
      message: classTexts(canonicalLocale, cls)?.summary,
      target: "request",
      details: [{ code, message, target: "input1" }],
      innererror: { trace: "abc" },
    },
  };
}

describe("readServiceError on the Azure error object", () => {
  it.each(pairs.map(({ cls, code }) => [`${cls.id}.${code.id}`, cls, code] as const))(
    "reads %s: class, code, status, message, values, target, details",
    (_name, cls, code) => {
      const body = azureBody(cls.id, code.id, arity(code.params));
      const error = readServiceError(body);
      expect(error).toMatchObject({
        known: true,
        class: cls.id,
        code: code.id,
        status: cls.status,
        message: body.error.details[0]?.message,
        classMessage: body.error.message,
        target: "input1",
        innererror: { trace: "abc" },
        raw: body,
      });
      expect(error.details).toHaveLength(1);
      expect(error.details[0]).toMatchObject({ known: true, class: cls.id, code: code.id });
      if (code.message[catalog.canonicalLocale] !== undefined) expect(error.values).toEqual(values(arity(code.params)));
    },
  );

  it("takes the given status over the documented one, and ignores one that is not an HTTP status", () => {
    const { cls, code } = pairs[0] ?? expect.fail("the catalog has no pair");
    const body = azureBody(cls.id, code.id, arity(code.params));
    expect(readServiceError(body, 418).status).toBe(418);
    expect(readServiceError(body, 42).status).toBe(cls.status);
    expect(readServiceError(body, Number.NaN).status).toBe(cls.status);
  });

  it("reads a class alone, and a code the page does not list, as known classes without a known pair", () => {
    for (const cls of catalog.classes) {
      const alone = readServiceError({ error: { code: cls.id, message: "m" } });
      expect(alone).toMatchObject({ known: false, class: cls.id, code: undefined, status: cls.status, message: "m" });
      const later = readServiceError({ error: { code: cls.id, message: "m", details: [{ code: "AddedLater" }] } });
      expect(later).toMatchObject({ known: false, class: cls.id, code: "AddedLater", status: cls.status });
    }
  });
});

describe("readServiceError on a bare { code, message }", () => {
  it("reads a class as the class", () => {
    for (const cls of catalog.classes) {
      expect(readServiceError({ code: cls.id, message: "x" })).toMatchObject({ class: cls.id, known: false });
    }
  });

  it("reads a code of one class as that pair, and a shared code by its status", () => {
    for (const { cls, code } of pairs) {
      const classes = classesOf(code.id);
      const error = readServiceError({ code: code.id, message: "x" }, cls.status);
      const sameStatus = classes.filter((other) => httpStatusOf(other) === cls.status);
      if (classes.length === 1 || sameStatus.length === 1) {
        expect(error).toMatchObject({ known: true, class: cls.id, code: code.id });
      } else {
        expect(error.known).toBe(false);
      }
    }
  });
});

describe("readServiceError never throws and never touches a prototype", () => {
  const deep: Record<string, unknown> = { code: "X" };
  let cursor = deep;
  for (let i = 0; i < 10_000; i++) {
    const next = { code: "X" };
    cursor.details = [next];
    cursor = next;
  }
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error("trap");
      },
      getOwnPropertyDescriptor: () => {
        throw new Error("trap");
      },
    },
  );
  const bodies: [string, unknown][] = [
    ["null", null],
    ["undefined", undefined],
    ["a string", "Internal Server Error"],
    ["a number", 500],
    ["an array", [{ error: { code: "BadArgument" } }]],
    ['{"error":null}', { error: null }],
    ['{"error":"text"}', { error: "text" }],
    ["numbers as codes", { error: { code: 400, details: [{ code: 7 }] } }],
    [
      "__proto__ keys",
      JSON.parse('{"error":{"code":"__proto__","details":[{"code":"__proto__"}],"__proto__":{"x":1}}}'),
    ],
    ["constructor keys", { error: { code: "constructor", details: [{ code: "toString" }] } }],
    ["a detail that is not an object", { error: { code: "BadArgument", details: [null, "x", 3] } }],
    ["deep details", { error: deep }],
    ["huge details", { error: { code: "BadArgument", details: Array.from({ length: 100_000 }, () => ({})) } }],
    ["a huge message", { error: { code: "BadArgument", message: "x".repeat(5_000_000) } }],
    ["a Proxy that throws", hostile],
    ["a Proxy as the error", { error: hostile }],
  ];

  it.each(bodies)("reads %s", (_name, body) => {
    const error = readServiceError(body);
    expect(error.raw).toBe(body);
    expect(typeof error.known).toBe("boolean");
    expect(error.details.length).toBeLessThanOrEqual(MAX_DETAILS);
    expect(Object.getPrototypeOf(error)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("keeps numeric codes as text and reads nothing from the prototype", () => {
    expect(readServiceError({ error: { code: 400 } })).toMatchObject({ class: "400", known: false });
    const proto = readServiceError(JSON.parse('{"error":{"code":"__proto__","message":"m"}}'));
    expect(proto).toMatchObject({ class: "__proto__", known: false, status: undefined });
    expect(readServiceError({ error: { code: "toString" } }).status).toBeUndefined();
  });

  it("reads own members only: nothing inherited, even from a polluted Object.prototype", () => {
    const inherited = Object.create({ error: { code: "BadArgument", message: "m" } }) as object;
    expect(readServiceError(inherited)).toMatchObject({ class: undefined, code: undefined, known: false });
    const detail = Object.create({ code: "BlobNotFound", message: "m" }) as object;
    expect(readServiceError({ error: { code: "BadArgument", details: [detail] } })).toMatchObject({
      class: "BadArgument",
      code: undefined,
      message: undefined,
      known: false,
    });
    // What a prototype-pollution bug leaves behind: an enumerable member of every object.
    const pollution = { value: "BlobNotFound", enumerable: true, configurable: true, writable: true };
    Object.defineProperty(Object.prototype, "code", pollution);
    let read: ServiceError;
    try {
      read = readServiceError({ error: { code: "BadArgument", details: [{ message: "m" }] } });
    } finally {
      delete (Object.prototype as { code?: unknown }).code;
    }
    expect(read).toMatchObject({ class: "BadArgument", code: undefined, known: false });
  });

  it("stays fast on a huge body", () => {
    const started = performance.now();
    readServiceError(bodies.find(([name]) => name === "huge details")?.[1]);
    readServiceError(bodies.find(([name]) => name === "deep details")?.[1]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("the ServiceError type", () => {
  it("narrows class and code to a linked pair once known", () => {
    const classWithCodes = catalog.classes.find((cls) => codesOf(cls.id).length > 0)?.id;
    const error: ServiceError = readServiceError({ error: { code: classWithCodes } });
    if (error.known && error.class === "BadArgument") {
      expectTypeOf(error.code).toEqualTypeOf<CodeOf<"BadArgument">>();
      expectTypeOf(error.values).toEqualTypeOf<ValuesOf<"BadArgument", CodeOf<"BadArgument">> | undefined>();
    }
    if (error.known) {
      expectTypeOf(error.status).toBeNumber();
      expect(isErrorClass(error.class)).toBe(true);
    } else {
      expectTypeOf(error.values).toBeUndefined();
    }
  });
});
