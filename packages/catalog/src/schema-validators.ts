import type { ErrorObject } from "ajv";
import * as compiled from "./generated/schema-validators.js";

/** One schema violation, as ajv reports it. */
export type SchemaError = ErrorObject;

/** A validation function as ajv compiles it: a type guard that leaves its errors on itself. */
export interface SchemaValidator {
  (value: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** `catalog.schema.json`, compiled ahead of time (scripts/compile-validators.js). */
export const validateCatalogSchema = compiled.validateCatalogSchema as SchemaValidator;

/** `sources.schema.json`, the manifest's schema, compiled ahead of time. */
export const validateManifestSchema = compiled.validateManifestSchema as SchemaValidator;
