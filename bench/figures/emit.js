import { generateInMemory, generateInputs, seedDocument } from "../lib/pipeline.js";
import { ratio } from "../lib/stats.js";
import { medianLatencies } from "../lib/tinybench.js";
import { tsMorphFloor } from "../lib/ts-morph-floor.js";
import { bareMarkdownPipeline } from "./parse.js";

/**
 * Figure 2: each emitter and all of them from an in-memory catalog, against
 * ts-morph creating and printing the same TypeScript files from their final
 * text; and the whole generate without I/O, against the libraries' floor
 * (the bare markdown pipeline plus that ts-morph floor).
 */
export async function emitFigure({ pipeline }) {
  const { emit, outputKinds } = pipeline.emitters;
  // The kinds that print TypeScript, which is what the ts-morph floor prints.
  const emitterNames = outputKinds
    .filter((kind) => kind.owned.some((owned) => owned.holds === "code"))
    .map((kind) => kind.name);
  const document = seedDocument();
  const { catalog } = pipeline.parser.buildCatalog([document], { canonicalLocale: document.locale });
  if (!catalog) throw new Error("the seed page has errors");
  const inputs = generateInputs(pipeline);
  const floor = await tsMorphFloor();
  const bare = await bareMarkdownPipeline();

  const filesOf = Object.fromEntries(
    await Promise.all(emitterNames.map(async (name) => [name, (await emit(catalog, { only: [name] })).files])),
  );
  const allFiles = (await emit(catalog)).files;
  const generated = await generateInMemory(pipeline, inputs, [document]);

  const tasks = {};
  for (const name of emitterNames) {
    tasks[`emit ${name}`] = () => emit(catalog, { only: [name] });
    tasks[`floor ${name}`] = () => floor(filesOf[name]);
  }
  tasks["emit all"] = () => emit(catalog);
  tasks["floor all"] = () => floor(allFiles);
  tasks.generate = () => generateInMemory(pipeline, inputs, [document]);
  tasks["floor generate"] = () => {
    bare(document.bytes);
    floor(generated);
  };
  const medians = await medianLatencies(tasks, { time: 500, iterations: 8, warmupTime: 200 });

  const row = (name, measured, baseline, baselineName) => ({
    figure: "emit",
    name,
    unit: "ms",
    median: medians[measured],
    baseline: baselineName,
    baselineMedian: medians[baseline],
    ratio: ratio(medians[measured], medians[baseline]),
  });
  return [
    ...emitterNames.map((name) =>
      row(
        `emit ${name} (${filesOf[name].length} files)`,
        `emit ${name}`,
        `floor ${name}`,
        "ts-morph floor, same files",
      ),
    ),
    row(`emit all (${allFiles.length} files)`, "emit all", "floor all", "ts-morph floor, same files"),
    row("generate in process, no I/O", "generate", "floor generate", "unified + ts-morph floors"),
  ];
}
