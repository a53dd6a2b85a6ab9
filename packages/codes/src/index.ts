export { ErrorClass, ErrorCode } from "./generated/enums.js";
export { ErrorClasses, type ErrorClassName, type ErrorCodeName, ErrorCodes } from "./generated/names.js";
export {
  type ClassOf,
  type CodeOf,
  classesOf,
  codesOf,
  httpStatusOf,
  isCodeOf,
  isErrorClass,
  isErrorCode,
  type StatusOf,
} from "./lookup.js";
