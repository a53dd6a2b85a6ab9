/** Output paths, relative to the packages folder. */
export const DOCUMENTS_DIR = "openapi/openapi/";
export const GENERATED_DIR = "openapi/src/generated/";
export const README_PATH = "openapi/README.md";
