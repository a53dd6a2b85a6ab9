const t0 = performance.now();
const { readSources, compileCatalog } = await import("/work/main/packages/cli/dist/pipeline/index.js");
const t1 = performance.now();
const read = await readSources("sources/sources.json", "/work/main");
const t2 = performance.now();
const c = compileCatalog(read.sources);
const t3 = performance.now();
const { renderPackages } = await import("/work/main/packages/cli/dist/pipeline/index.js");
const { patchedManifests } = await import("@aml-errors/emitters");
const t4 = performance.now();
const r = await renderPackages(c.catalog, new Map([["messages/package.json", '{"name":"x"}']]));
const t5 = performance.now();
console.log({
  load: Math.round(t1 - t0),
  read: Math.round(t2 - t1),
  compile: Math.round(t3 - t2),
  render: Math.round(t5 - t4),
});
