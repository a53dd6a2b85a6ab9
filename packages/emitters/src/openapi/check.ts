import type { Catalog } from "@aml-errors/catalog/model";
import type { EmitProblem } from "../check/problem.js";
import {
  detailCodeSchemaName,
  ERROR_ADDITIONAL_INFO,
  ERROR_CLASS_SCHEMA,
  ERROR_DETAIL,
  INNER_ERROR,
  PROBLEM_CLASS_SCHEMA,
  problemCodeSchemaName,
  problemSchemaName,
} from "./components.js";
import { ANY_ERROR, ERROR_RESPONSE } from "./error-schemas.js";
import { ANY_PROBLEM, EMITTED_PROBLEM, PROBLEM } from "./problem-schemas.js";

/** A name in one namespace of the generated packages, and the class that brings it. */
interface Claim {
  readonly name: string;
  /** Undefined for the fixed names every document has. */
  readonly classId?: string;
  readonly what: string;
}

/**
 * The schema names of the OpenAPI documents, checked as one namespace since
 * a user references the documents together and bundlers merge them: the
 * fixed ones, one per class in each document (`<Class>`, `<Class>Problem`),
 * and `<Class>DetailCode` and `<Class>ProblemCode` for each class with codes.
 * A class named after another name would silently replace that schema.
 */
function schemaClaims(catalog: Catalog): Claim[] {
  return [
    { name: ERROR_CLASS_SCHEMA, what: "the enum of the classes" },
    { name: ANY_ERROR, what: "the union of the error classes" },
    { name: ERROR_RESPONSE, what: "the error response body" },
    { name: ERROR_DETAIL, what: "the specific error object" },
    { name: ERROR_ADDITIONAL_INFO, what: "the additional information object" },
    { name: INNER_ERROR, what: "the innererror object" },
    { name: PROBLEM_CLASS_SCHEMA, what: "the enum of the problem classes" },
    { name: PROBLEM, what: "the RFC 9457 problem" },
    { name: ANY_PROBLEM, what: "the union of the problem classes" },
    { name: EMITTED_PROBLEM, what: "the problem as the service emits it" },
    ...catalog.classes
      .filter((cls) => cls.codes.length > 0)
      .flatMap((cls) => [
        { name: detailCodeSchemaName(cls.id), classId: cls.id, what: `the schema of the codes of class ${cls.id}` },
        {
          name: problemCodeSchemaName(cls.id),
          classId: cls.id,
          what: `the schema of the problem codes of class ${cls.id}`,
        },
      ]),
    ...catalog.classes.map((cls) => ({
      name: problemSchemaName(cls.id),
      classId: cls.id,
      what: `the problem schema of class ${cls.id}`,
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
