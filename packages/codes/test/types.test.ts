import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type ClassOf,
  type CodeOf,
  classesOf,
  codesOf,
  ErrorClass,
  ErrorClasses,
  type ErrorClassName,
  ErrorCode,
  type ErrorCodeName,
  ErrorCodes,
  httpStatusOf,
  isCodeOf,
  isErrorClass,
  isErrorCode,
  type StatusOf,
} from "../src/index.js";

// `expectTypeOf` and `@ts-expect-error` are checked by `tsc` (pnpm typecheck), not at run time.
describe("types", () => {
  it("give each class its status as a literal type", () => {
    expectTypeOf<StatusOf<"BadArgument">>().toEqualTypeOf<400>();
    expectTypeOf(httpStatusOf(ErrorClass.NotFound)).toEqualTypeOf<404>();
    expectTypeOf(httpStatusOf("GatewayTimeout")).toEqualTypeOf<504>();
    expectTypeOf(httpStatusOf("not known at compile time" as string)).toEqualTypeOf<number | undefined>();
    // @ts-expect-error not a class
    expectTypeOf<StatusOf<"NotAClass">>().toBeNumber();
  });

  it("give each class the union of its codes", () => {
    expectTypeOf<CodeOf<"Conflict">>().toEqualTypeOf<"ModelOutputMetadataMismatch">();
    expectTypeOf<CodeOf<"RequestTimeout">>().toEqualTypeOf<"RequestCanceled" | "ScoreRequestTimeout">();
    expectTypeOf<CodeOf<"LibraryExecutionError">>().toBeNever();
    expectTypeOf(codesOf(ErrorClass.GatewayTimeout)).toEqualTypeOf<
      readonly ("BackendInitializationTimeout" | "BackendScoreTimeout")[]
    >();
    expectTypeOf(codesOf("anything" as unknown)).toEqualTypeOf<readonly ErrorCodeName[]>();
    // @ts-expect-error a code of BadArgument is not a code of NotFound
    const wrongClass: CodeOf<"NotFound"> = "BlobNotFound";
    expectTypeOf(wrongClass).toBeString();
  });

  it("give each code the union of its classes", () => {
    expectTypeOf<ClassOf<"ContainerValidationFailed">>().toEqualTypeOf<"BadArgument" | "InternalError">();
    expectTypeOf(classesOf(ErrorCode.BlobNotFound)).toEqualTypeOf<readonly "BadArgument"[]>();
  });

  it("make the enums, the mirrors and the unions interchangeable", () => {
    expectTypeOf<ErrorClassName>().toEqualTypeOf<`${ErrorClass}`>();
    expectTypeOf<ErrorCodeName>().toEqualTypeOf<`${ErrorCode}`>();
    expectTypeOf(ErrorClasses.BadArgument).toEqualTypeOf<"BadArgument">();
    expectTypeOf(ErrorCodes.BlobNotFound).toEqualTypeOf<"BlobNotFound">();
    expectTypeOf(httpStatusOf(ErrorClass.Unauthorized)).toEqualTypeOf<401>();
    const statusOfAny = (cls: ErrorClassName) => httpStatusOf(cls);
    expectTypeOf(statusOfAny).returns.toEqualTypeOf<400 | 401 | 404 | 408 | 409 | 413 | 500 | 503 | 504>();
  });

  it("narrow unknown values", () => {
    const value: unknown = ErrorCodes.ModelOutputMetadataMismatch;
    if (isErrorClass(value)) expectTypeOf(value).toEqualTypeOf<ErrorClassName>();
    if (isErrorCode(value)) expectTypeOf(value).toEqualTypeOf<ErrorCodeName>();
    if (isCodeOf(ErrorClass.Conflict, value)) expectTypeOf(value).toEqualTypeOf<"ModelOutputMetadataMismatch">();
  });

  it("keep the mirrors and the arrays read-only, in types and at run time", () => {
    expect(() => {
      // @ts-expect-error the mirrors are read-only
      ErrorClasses.BadArgument = "BadArgument";
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error the arrays are read-only
      codesOf(ErrorClass.BadArgument).push(ErrorCode.BlobNotFound);
    }).toThrow(TypeError);
  });

  it("require a class where a class is expected", () => {
    // @ts-expect-error not a class
    isCodeOf("NotAClass", ErrorCode.BlobNotFound);
  });
});
