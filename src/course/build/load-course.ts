// Reads the whole course from the content folder at build time: tracks, pieces, their checks and measures.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { PieceMeta, SearchText, TrackMeta } from "../outline";
import { ContentError, problemsFromZod, type ContentProblem } from "../problems";
import { trackSchema } from "../schema";
import { analyzePiece } from "./analyze";
import { tierIndex, tiers } from "../tiers";
import { exercisesFileName, loadExercises } from "./load-exercises";
import type { Exercise } from "../../exercises/kinds";

export type LoadedPiece = { meta: PieceMeta; file: string; exercisesFile: string | null; exercises: Exercise[]; searchTexts: SearchText[] };
export type LoadedCourse = { tracks: TrackMeta[]; pieces: LoadedPiece[]; files: string[] };

export type CourseOptions = { scenarios?: ReadonlySet<string> };

export function loadCourse(contentDir: string, options: CourseOptions = {}): LoadedCourse {
  const problems: ContentProblem[] = [];
  const tracks: TrackMeta[] = [];
  const pieces: LoadedPiece[] = [];
  const files: string[] = [];
  const rel = (f: string) => path.relative(path.dirname(contentDir), f);

  const trackDirs = readdirSync(contentDir)
    .map((name) => path.join(contentDir, name))
    .filter((dir) => statSync(dir).isDirectory())
    .sort();

  for (const dir of trackDirs) {
    const trackFile = path.join(dir, "track.yaml");
    files.push(trackFile);
    if (!existsSync(trackFile)) {
      problems.push({ file: rel(dir), field: "track.yaml", got: "nothing", expected: "a track file listing the pieces in order" });
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(readFileSync(trackFile, "utf8"));
    } catch (error) {
      problems.push({ file: rel(trackFile), field: "(file)", got: `invalid YAML (${(error as Error).message.split("\n")[0]})`, expected: "valid YAML" });
      continue;
    }
    const parsed = trackSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...problemsFromZod(rel(trackFile), "", data, parsed.error));
      continue;
    }
    const trackSlug = path.basename(dir);
    const folders = readdirSync(dir).filter((n) => statSync(path.join(dir, n)).isDirectory());
    for (const folder of folders) {
      if (!parsed.data.pieces.includes(folder)) {
        problems.push({ file: rel(trackFile), field: "pieces", got: `no entry for the folder "${folder}"`, expected: "every piece folder listed in order" });
      }
    }
    const track: TrackMeta = { slug: trackSlug, title: parsed.data.title, summary: parsed.data.summary, pieces: [] };
    parsed.data.pieces.forEach((pieceSlug, i) => {
      const file = path.join(dir, pieceSlug, "index.mdx");
      files.push(file);
      if (!existsSync(file)) {
        problems.push({ file: rel(trackFile), field: `pieces[${i}]`, got: `"${pieceSlug}"`, expected: `a piece at ${rel(file)}` });
        return;
      }
      const exercisesFile = path.join(dir, pieceSlug, exercisesFileName);
      const loaded = loadExercises(exercisesFile, rel(exercisesFile), null);
      problems.push(...loaded.problems);
      const byId = new Map(loaded.exercises.map((e) => [e.id, e]));
      const analysis = analyzePiece(rel(file), readFileSync(file, "utf8"), {
        exercises: new Map(loaded.exercises.map((e) => [e.id, e.kind])),
        scenarios: options.scenarios,
      });
      problems.push(...analysis.problems);
      if (analysis.reviewSection) {
        // A review asks every multiple-choice question written at or below the learner's altitude.
        for (const ex of loaded.exercises) {
          if ((ex.kind === "single" || ex.kind === "multiple") && !analysis.exerciseRefs.some((r) => r.id === ex.id)) {
            analysis.exerciseRefs.push({ id: ex.id, component: "Review", tiers: tiers.filter((t) => tierIndex(t) >= tierIndex(ex.tier)), sectionId: analysis.reviewSection, line: undefined });
          }
        }
      }
      const sourceIds = new Set(analysis.frontMatter?.sources.map((s) => s.id) ?? []);
      for (const ex of loaded.exercises) {
        if (ex.source && analysis.frontMatter && !sourceIds.has(ex.source)) {
          problems.push({ file: rel(exercisesFile), field: `exercise "${ex.id}" source`, got: `"${ex.source}"`, expected: `the id of a source listed by the piece (${[...sourceIds].join(", ")})` });
        }
        if (!analysis.exerciseRefs.some((r) => r.id === ex.id)) {
          problems.push({ file: rel(exercisesFile), field: `exercise "${ex.id}"`, got: "an exercise the piece never embeds", expected: `a tag for it in ${rel(file)}` });
        }
      }
      if (!analysis.frontMatter || problems.length > 0) return;
      const exercises = analysis.exerciseRefs.map((r) => {
        const ex = byId.get(r.id) as Exercise;
        // Only recall prompts are listed away from their piece (what is due on the climb page).
        const prompt = ex.kind === "recall" ? ex.prompt : "";
        return { id: r.id, kind: ex.kind, sectionId: r.sectionId, tiers: r.tiers, prompt };
      });
      const meta: PieceMeta = {
        track: trackSlug,
        slug: pieceSlug,
        title: analysis.frontMatter.title,
        crux: analysis.frontMatter.crux,
        summary: analysis.frontMatter.summary,
        sources: analysis.frontMatter.sources,
        sections: analysis.sections,
        words: analysis.words,
        exercises,
        review: analysis.reviewSection !== null,
        citations: analysis.citations,
      };
      track.pieces.push(meta);
      pieces.push({ meta, file, exercisesFile: loaded.exercises.length ? exercisesFile : null, exercises: loaded.exercises, searchTexts: analysis.searchTexts });
    });
    tracks.push(track);
  }
  // Links from a review to the section that teaches each question must lead somewhere.
  for (const loadedPiece of pieces) {
    for (const ex of loadedPiece.exercises) {
      if (!ex.teaches) continue;
      const target = pieces.find((p) => p.meta.track === loadedPiece.meta.track && p.meta.slug === ex.teaches?.piece);
      const section = target?.meta.sections.find((sec) => sec.id === ex.teaches?.section);
      const file = rel(loadedPiece.exercisesFile ?? loadedPiece.file);
      if (!target) problems.push({ file, field: `exercise "${ex.id}" teaches.piece`, got: `"${ex.teaches.piece}"`, expected: "a piece of the same track" });
      else if (!section) problems.push({ file, field: `exercise "${ex.id}" teaches.section`, got: `"${ex.teaches.section}"`, expected: `a section of ${ex.teaches.piece}` });
      else if (!section.tiers.includes(ex.tier)) problems.push({ file, field: `exercise "${ex.id}" teaches.section`, got: `"${section.id}", shown from ${section.tiers[0]}`, expected: `a section shown at ${ex.tier}, the question's altitude` });
    }
  }
  if (tracks.length === 0 && problems.length === 0) {
    problems.push({ file: rel(contentDir), field: "tracks", got: "no track folder", expected: "at least one track" });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { tracks, pieces, files };
}
