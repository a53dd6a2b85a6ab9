import type { ManifestFields } from "../output.js";
import { MANIFEST_PATH } from "./paths.js";
import type { MessagesPlan } from "./plan.js";

function entryPoint(module: string) {
  return { types: `./dist/${module}.d.ts`, default: `./dist/${module}.js` };
}

/**
 * The `exports` of package.json, which depend on the locales: the root, one
 * entry point per locale, the bundles of each locale, and package.json.
 * Each is listed (no `./*` pattern), types first in every condition.
 */
export function messagesManifest(plan: MessagesPlan): ManifestFields {
  const exports: Record<string, unknown> = { ".": entryPoint("index") };
  for (const locale of plan.locales) exports[`./${locale}`] = entryPoint(`generated/${locale}`);
  for (const locale of plan.locales) {
    exports[`./locales/${locale}.json`] = `./locales/${locale}.json`;
    exports[`./locales/${locale}.i18next.json`] = `./locales/${locale}.i18next.json`;
    exports[`./locales/${locale}.nested.json`] = `./locales/${locale}.nested.json`;
  }
  exports["./package.json"] = "./package.json";
  return { path: MANIFEST_PATH, fields: { exports } };
}
