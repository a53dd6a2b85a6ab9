import { helpText } from "./reference/help-text.js";

/** The help text, printed by `aml-errors help` and after a usage error. */
export const USAGE = helpText();
