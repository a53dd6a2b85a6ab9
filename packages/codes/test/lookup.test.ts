import { describe, expect, it } from "vitest";
import {
  classesOf,
  codesOf,
  ErrorClass,
  ErrorClasses,
  ErrorCode,
  ErrorCodes,
  httpStatusOf,
  isCodeOf,
  isErrorClass,
  isErrorCode,
} from "../src/index.js";
import { catalogClasses, catalogCodes } from "./catalog.js";

describe("the package against the catalog", () => {
  it("has one enum member and one mirror member per class, each valued by its name", () => {
    const ids = catalogClasses.map((cls) => cls.id);
    expect(Object.keys(ErrorClass)).toEqual(ids);
    expect(Object.values(ErrorClass)).toEqual(ids);
    expect(ErrorClasses).toEqual(Object.fromEntries(ids.map((id) => [id, id])));
  });

  it("has one enum member and one mirror member per distinct code, in order of first appearance", () => {
    const ids = [...catalogCodes.keys()];
    expect(Object.keys(ErrorCode)).toEqual(ids);
    expect(Object.values(ErrorCode)).toEqual(ids);
    expect(ErrorCodes).toEqual(Object.fromEntries(ids.map((id) => [id, id])));
  });

  it.each(catalogClasses.map((cls) => [cls.id, cls] as const))("%s: status, codes and membership", (id, cls) => {
    expect(isErrorClass(id)).toBe(true);
    expect(httpStatusOf(id as ErrorClass)).toBe(cls.status);
    expect(codesOf(id as ErrorClass)).toEqual(cls.codes.map((code) => code.id));
    for (const code of cls.codes) {
      expect(isErrorCode(code.id)).toBe(true);
      expect(isCodeOf(id as ErrorClass, code.id)).toBe(true);
      expect(classesOf(code.id as ErrorCode)).toContain(id);
    }
  });

  it.each([...catalogCodes].map(([code, classes]) => [code, classes] as const))("%s belongs to %j", (code, classes) => {
    expect(classesOf(code as ErrorCode)).toEqual(classes);
    for (const cls of catalogClasses) {
      expect(isCodeOf(cls.id as ErrorClass, code)).toBe(classes.includes(cls.id));
    }
  });
});

describe("lookups with values that are not names", () => {
  it.each<[string, unknown]>([
    ["__proto__", "__proto__"],
    ["constructor", "constructor"],
    ["toString", "toString"],
    ["hasOwnProperty", "hasOwnProperty"],
    ["valueOf", "valueOf"],
    ["the empty string", ""],
    ["a class in another case", "badargument"],
    ["a class with a space", " BadArgument"],
    ["a number", 400],
    ["null", null],
    ["undefined", undefined],
    ["an object", {}],
    ["an array holding a class", ["BadArgument"]],
    ["a String object", new String("BadArgument")],
    ["a symbol", Symbol("BadArgument")],
  ])("%s is neither a class nor a code", (_name, value) => {
    expect(isErrorClass(value)).toBe(false);
    expect(isErrorCode(value)).toBe(false);
    expect(httpStatusOf(value)).toBeUndefined();
    expect(codesOf(value)).toEqual([]);
    expect(Object.isFrozen(codesOf(value))).toBe(true);
    expect(classesOf(value)).toEqual([]);
    expect(Object.isFrozen(classesOf(value))).toBe(true);
    expect(isCodeOf(ErrorClass.BadArgument, value)).toBe(false);
    expect(isCodeOf(value as ErrorClass, ErrorCode.BlobNotFound)).toBe(false);
  });
});

describe("returned arrays", () => {
  it("are frozen, so a caller cannot change what the next caller sees", () => {
    const codes = codesOf(ErrorClass.BadArgument) as string[];
    const classes = classesOf(ErrorCode.ContainerValidationFailed) as string[];
    expect(Object.isFrozen(codes)).toBe(true);
    expect(Object.isFrozen(classes)).toBe(true);
    expect(() => codes.push("Injected")).toThrow(TypeError);
    expect(() => classes.splice(0, 1)).toThrow(TypeError);
    expect(codesOf(ErrorClass.BadArgument)).not.toContain("Injected");
    expect(classesOf(ErrorCode.ContainerValidationFailed)).toEqual(["BadArgument", "InternalError"]);
  });

  it("tell a code of one class from a code of another", () => {
    expect(isCodeOf(ErrorClass.BadArgument, ErrorCode.BlobNotFound)).toBe(true);
    expect(isCodeOf(ErrorClass.NotFound, ErrorCode.BlobNotFound)).toBe(false);
    expect(isCodeOf(ErrorClass.LibraryExecutionError, ErrorCode.BlobNotFound)).toBe(false);
    expect(codesOf(ErrorClass.LibraryExecutionError)).toEqual([]);
  });
});
