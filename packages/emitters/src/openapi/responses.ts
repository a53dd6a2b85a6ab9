import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView } from "../shared/view.js";
import { exampleRef, keyed, schemaRef } from "./components.js";
import { statusLine } from "./http-status.js";

export interface ResponseFlavour {
  readonly mediaType: string;
  /** The schema of a body carrying one of `classIds`. */
  readonly body: (classIds: readonly string[]) => LiteralObject;
  /** The schema of a body carrying an error of any class. */
  readonly anyBody: LiteralObject;
  /** The enum schema of the classes, which the `x-ms-error-code` header carries. */
  readonly classSchema: string;
  readonly responseName: (status: number) => string;
  readonly defaultName: string;
  readonly exampleName: (classId: string, codeId: string) => string;
}

/** Azure services name the error class in this header too, so that a client can branch without parsing the body. */
function errorCodeHeader(flavour: ResponseFlavour): LiteralObject {
  return {
    "x-ms-error-code": { description: "The error class, as in the body.", schema: schemaRef(flavour.classSchema) },
  };
}

/**
 * One response per HTTP status of the catalog, each accepting only the
 * classes with that status and listing their examples, and a default one
 * accepting any error; all marked `x-ms-error-response` for AutoRest.
 */
export function responses(view: CatalogView, flavour: ResponseFlavour): [string, LiteralObject][] {
  const byStatus = view.statuses.map((status): [string, LiteralObject] => {
    const classIds = view.classes.filter((cls) => cls.status === status).map((cls) => cls.id);
    const entries = view.entries.filter((entry) => entry.status === status);
    const examples = keyed(
      entries.map((entry) => {
        const name = flavour.exampleName(entry.classId, entry.codeId);
        return [name, exampleRef(name)] as const;
      }),
    );
    const media: LiteralObject = {
      schema: flavour.body(classIds),
      ...(entries.length > 0 ? { examples } : {}),
    };
    return [
      flavour.responseName(status),
      {
        description: `${statusLine(status)}: ${classIds.join(", ")}.`,
        headers: errorCodeHeader(flavour),
        content: { [flavour.mediaType]: media },
        "x-ms-error-response": true,
      },
    ];
  });
  const fallback: LiteralObject = {
    description: "An error of any class.",
    headers: errorCodeHeader(flavour),
    content: { [flavour.mediaType]: { schema: flavour.anyBody } },
    "x-ms-error-response": true,
  };
  return [...byStatus, [flavour.defaultName, fallback]];
}
