// One pipeline from the sources to the generated files, for generate,
// generate --check, drift, the bench and the tests:
//   readSources (I/O) → compileCatalog (parse, merge, schema, checks) → renderPackages (emit, package.json fields)
export { type CompiledCatalog, compileCatalog } from "./compile-catalog.js";
export { type ReadSources, readSources, type SourceSet, withReplacedDocuments } from "./read-sources.js";
export { mergeManifestFields, type RenderedPackages, renderPackages } from "./render-packages.js";
