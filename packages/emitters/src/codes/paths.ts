/** Output paths, relative to the packages folder. */
export const GENERATED_DIR = "codes/src/generated/";
export const README_PATH = "codes/README.md";
