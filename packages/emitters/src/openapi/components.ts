import type { LiteralObject } from "../shared/literal.js";

/**
 * Component names and references. A user references the errors document (or
 * its extensible variant) and the problem document from one API, and bundlers
 * and generators put every component in one namespace: the problem
 * document's names therefore never equal the errors document's.
 */

export const ERROR_CLASS_SCHEMA = "ErrorClass";
export const PROBLEM_CLASS_SCHEMA = "ProblemClass";
export const INNER_ERROR = "InnerError";
export const ERROR_DETAIL = "ErrorDetail";
export const ERROR_ADDITIONAL_INFO = "ErrorAdditionalInfo";

export function detailCodeSchemaName(classId: string): string {
  return `${classId}DetailCode`;
}

export function problemCodeSchemaName(classId: string): string {
  return `${classId}ProblemCode`;
}

export function problemSchemaName(classId: string): string {
  return `${classId}Problem`;
}

export function responseName(status: number): string {
  return `Status${status}`;
}

export function problemResponseName(status: number): string {
  return `Problem${status}`;
}

export const DEFAULT_RESPONSE = "Default";
export const PROBLEM_DEFAULT_RESPONSE = "ProblemDefault";

export function exampleName(classId: string, codeId: string): string {
  return `${classId}.${codeId}`;
}

export function problemExampleName(classId: string, codeId: string): string {
  return `Problem.${classId}.${codeId}`;
}

export function schemaRef(name: string): LiteralObject {
  return { $ref: `#/components/schemas/${name}` };
}

export function exampleRef(name: string): LiteralObject {
  return { $ref: `#/components/examples/${name}` };
}

/** An object keyed by catalog ids; Object.fromEntries makes even `__proto__` an own member. */
export function keyed<T>(entries: Iterable<readonly [string, T]>): Readonly<Record<string, T>> {
  return Object.fromEntries(entries);
}
