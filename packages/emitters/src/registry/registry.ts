import { catalogKind } from "../catalog/descriptor.js";
import { clientKind } from "../client/descriptor.js";
import { codesKind } from "../codes/descriptor.js";
import { messagesKind } from "../messages/descriptor.js";
import { openApiKind } from "../openapi/descriptor.js";
import type { OutputKind } from "./output-kind.js";

/**
 * Every kind of output, one published package each, in the order reports
 * list them. Adding a kind is a folder beside the others with its
 * `descriptor.ts`, one line here, and its package (see CONTRIBUTING.md).
 */
export const outputKinds: readonly OutputKind[] = [catalogKind, codesKind, openApiKind, messagesKind, clientKind];
