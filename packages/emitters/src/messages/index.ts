import type { Catalog } from "@aml-errors/catalog/model";
import type { Project } from "ts-morph";
import type { EmitterOutput, OutputFile } from "../output.js";
import { renderTypeScript } from "../project.js";
import { allLocalesModuleStatements } from "./all-locales-module.js";
import { classTextsModuleStatements } from "./class-texts-module.js";
import { i18nextBundle } from "./i18next-bundle.js";
import { icuBundle } from "./icu-bundle.js";
import { localeModule } from "./locale-module.js";
import { localesModuleStatements } from "./locales-module.js";
import { messagesManifest } from "./manifest.js";
import { nestedBundle } from "./nested-bundle.js";
import {
  ALL_LOCALES_MODULE,
  CLASS_TEXTS_MODULE,
  LOCALES_MODULE,
  modulePath,
  README_PATH,
  TYPES_MODULE,
} from "./paths.js";
import { planMessages } from "./plan.js";
import { messagesReadme } from "./readme.js";
import { typesModuleStatements } from "./types-module.js";

/**
 * `@aml-errors/messages`: per locale, an ICU bundle (flat and nested), an
 * i18next bundle and a module of compiled formatters; the shared types, the locale list, the
 * table of all locales for the root entry point; the README; and the
 * `exports` of package.json, which list one entry point per locale.
 */
export function emitMessages(catalog: Catalog, project: Project): EmitterOutput {
  const plan = planMessages(catalog);
  const files: OutputFile[] = [
    renderTypeScript(project, modulePath(TYPES_MODULE), typesModuleStatements(plan)),
    renderTypeScript(project, modulePath(LOCALES_MODULE), localesModuleStatements(plan)),
    renderTypeScript(project, modulePath(ALL_LOCALES_MODULE), allLocalesModuleStatements(plan)),
    renderTypeScript(project, modulePath(CLASS_TEXTS_MODULE), classTextsModuleStatements(plan)),
    ...plan.locales.flatMap((locale) => [
      localeModule(plan, locale),
      icuBundle(plan, locale),
      i18nextBundle(plan, locale),
      nestedBundle(plan, locale),
    ]),
    { path: README_PATH, contents: messagesReadme(plan) },
  ];
  return { files, manifests: [messagesManifest(plan)] };
}
