import type { Locale } from "@aml-errors/catalog/model";

/** Output paths, relative to the packages folder. */
export const PACKAGE_DIR = "messages/";
export const GENERATED_DIR = `${PACKAGE_DIR}src/generated/`;
export const BUNDLES_DIR = `${PACKAGE_DIR}locales/`;
export const README_PATH = `${PACKAGE_DIR}README.md`;
export const MANIFEST_PATH = `${PACKAGE_DIR}package.json`;

/** Generated modules beside the per-locale ones (`fr-FR.ts`); no locale may take one of these names. */
export const TYPES_MODULE = "types";
export const LOCALES_MODULE = "locales";
export const ALL_LOCALES_MODULE = "all-locales";
export const CLASS_TEXTS_MODULE = "class-texts";
export const SHARED_MODULES: readonly string[] = [TYPES_MODULE, LOCALES_MODULE, ALL_LOCALES_MODULE, CLASS_TEXTS_MODULE];

export function modulePath(name: string): string {
  return `${GENERATED_DIR}${name}.ts`;
}

export function icuBundlePath(locale: Locale): string {
  return `${BUNDLES_DIR}${locale}.json`;
}

export function i18nextBundlePath(locale: Locale): string {
  return `${BUNDLES_DIR}${locale}.i18next.json`;
}

export function nestedBundlePath(locale: Locale): string {
  return `${BUNDLES_DIR}${locale}.nested.json`;
}
