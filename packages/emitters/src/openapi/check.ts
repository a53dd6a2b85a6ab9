import type { Catalog } from "@aml-errors/catalog/model";
import type { EmitProblem } from "../check/problem.js";
import { detailCodeSchemaName, ERROR_CLASS_SCHEMA } from "./components.js";
import { ANY_ERROR, ERROR_RESPONSE } from "./error-schemas.js";
import { ANY_PROBLEM } from "./problem-schemas.js";

/** A name in one namespace of the generated packages, and the class that brings it. */
interface Claim {
  readonly name: string;
  /** Undefined for the fixed names every document has. */
  readonly classId?: string;
  readonly what: string;
}

/**
 * The schema names of the OpenAPI documents (`components.schemas` is one
 * namespace per document; both are checked as one, as the fixed names differ
 * only in which document has them): the fixed ones, one per class, and
 * `<Class>DetailCode` for each class with codes. A class named after another
 * name would silently replace that schema.
 */
function schemaClaims(catalog: Catalog): Claim[] {
  return [
    { name: ERROR_CLASS_SCHEMA, what: "the enum of the classes" },
    { name: ANY_ERROR, what: "the union of the error classes" },
    { name: ERROR_RESPONSE, what: "the error response body" },
    { name: ANY_PROBLEM, what: "the union of the problem classes" },
    ...catalog.classes
      .filter((cls) => cls.codes.length > 0)
      .map((cls) => ({
        name: detailCodeSchemaName(cls.id),
        classId: cls.id,
        what: `the schema of the codes of class ${cls.id}`,
      })),
    ...catalog.classes.map((cls) => ({ name: cls.id, classId: cls.id, what: `the schema of class ${cls.id}` })),
  ];
}

function collisions(claims: readonly Claim[], where: string): EmitProblem[] {
  const first = new Map<string, Claim>();
  const problems: EmitProblem[] = [];
  for (const claim of claims) {
    const earlier = first.get(claim.name);
    if (earlier === undefined) {
      first.set(claim.name, claim);
      continue;
    }
    // Claims are listed fixed names first, then derived ones, then class ids: blame the class whose id came last.
    const culprit = claim.classId ?? earlier.classId;
    problems.push({
      ruleId: "identifier-collision",
      reason: `${where} name ${claim.name} would be both ${earlier.what} and ${claim.what}: rename class ${culprit} in the canonical page`,
      field: "id",
      ...(culprit === undefined ? {} : { classId: culprit }),
    });
  }
  return problems;
}

/** What the OpenAPI documents cannot carry: a schema name taken twice. */
export function checkOpenApi(catalog: Catalog): EmitProblem[] {
  return collisions(schemaClaims(catalog), "OpenAPI schema");
}
