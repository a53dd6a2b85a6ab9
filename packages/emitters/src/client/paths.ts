/** Output paths, relative to the packages folder. */
export const PACKAGE_DIR = "client/";
export const GENERATED_DIR = `${PACKAGE_DIR}src/generated/`;
export const PATTERNS_PATH = `${GENERATED_DIR}patterns.ts`;
export const PROBLEM_TYPE_PATH = `${GENERATED_DIR}problem-type.ts`;
