export { createErrorBody, type ErrorBody } from "./body.js";
export { extractValues, MAX_MESSAGE_LENGTH } from "./extract.js";
export { localize } from "./localize.js";
export { fromProblem, PROBLEM_TYPE_PREFIX, type ProblemDetails, type ProblemOptions, toProblem } from "./problem.js";
export { MAX_DETAIL_DEPTH, MAX_DETAILS, readServiceError } from "./read.js";
export type { KnownServiceError, ServiceError, ServiceErrorFields, UnknownServiceError, ValuesOf } from "./types.js";
