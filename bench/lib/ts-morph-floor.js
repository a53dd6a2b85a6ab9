import { importFrom } from "./repo.js";

/**
 * What ts-morph itself costs for a set of generated TypeScript files: one
 * in-memory project, each file created from its final text and read back.
 * Emitting can do no better, since it ends with the same parse and print.
 */
export async function tsMorphFloor() {
  const { Project } = await importFrom("emitters", "ts-morph");
  return (files) => {
    const project = new Project({
      useInMemoryFileSystem: true,
      skipAddingFilesFromTsConfig: true,
      skipLoadingLibFiles: true,
    });
    let length = 0;
    for (const file of files) {
      if (!file.path.endsWith(".ts")) continue;
      length += project.createSourceFile(file.path, file.contents, { overwrite: true }).getFullText().length;
    }
    return length;
  };
}
