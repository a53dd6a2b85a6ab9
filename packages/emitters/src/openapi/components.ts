import type { LiteralObject } from "../shared/literal.js";

/** Names and references of the components both documents share. */

export const ERROR_CLASS_SCHEMA = "ErrorClass";

export function detailCodeSchemaName(classId: string): string {
  return `${classId}DetailCode`;
}

export function responseName(status: number): string {
  return `Status${status}`;
}

export const DEFAULT_RESPONSE = "Default";

export function exampleName(classId: string, codeId: string): string {
  return `${classId}.${codeId}`;
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
