import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView } from "../shared/view.js";
import { DEFAULT_RESPONSE, exampleName, exampleRef, keyed, responseName } from "./components.js";
import { statusLine } from "./http-status.js";

export interface ResponseFlavour {
  readonly mediaType: string;
  /** The schema of a body carrying one of `classIds`. */
  readonly body: (classIds: readonly string[]) => LiteralObject;
  /** The schema of a body carrying an error of any class. */
  readonly anyBody: LiteralObject;
}

/**
 * One response per HTTP status of the catalog (`Status400`, ...), each
 * accepting only the classes with that status and listing their examples,
 * and `Default`, accepting any class.
 */
export function responses(view: CatalogView, flavour: ResponseFlavour): [string, LiteralObject][] {
  const byStatus = view.statuses.map((status): [string, LiteralObject] => {
    const classIds = view.classes.filter((cls) => cls.status === status).map((cls) => cls.id);
    const entries = view.entries.filter((entry) => entry.status === status);
    const examples = keyed(
      entries.map((entry) => {
        const name = exampleName(entry.classId, entry.codeId);
        return [name, exampleRef(name)] as const;
      }),
    );
    const media: LiteralObject = {
      schema: flavour.body(classIds),
      ...(entries.length > 0 ? { examples } : {}),
    };
    return [
      responseName(status),
      { description: `${statusLine(status)}: ${classIds.join(", ")}.`, content: { [flavour.mediaType]: media } },
    ];
  });
  const fallback: LiteralObject = {
    description: "An error of any class.",
    content: { [flavour.mediaType]: { schema: flavour.anyBody } },
  };
  return [...byStatus, [DEFAULT_RESPONSE, fallback]];
}
