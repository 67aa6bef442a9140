// The content contract: what a piece's front matter and a track file must hold.
import { z } from "zod";
import { tiers } from "./tiers";

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "a slug: lowercase letters, digits and single hyphens" });

export const sourceSchema = z.strictObject({
  id: slug,
  title: z.string().min(3),
  publisher: z.string().min(2),
  url: z.url({ protocol: /^https$/, message: "an https URL" }),
});

export const frontMatterSchema = z.strictObject({
  title: z.string().min(8, { message: "a title of at least 8 characters" }).max(120),
  crux: z.string().min(40, { message: "a crux of at least 40 characters" }).max(600),
  summary: z.string().min(20, { message: "a one-line summary of at least 20 characters" }).max(240),
  sources: z.array(sourceSchema).min(1, { message: "at least one source" }),
});

export const trackSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(20),
  pieces: z.array(slug).min(1, { message: "at least one piece" }),
});

export const tierSchema = z.enum(tiers, { message: `one of ${tiers.join(", ")}` });

export type Source = z.infer<typeof sourceSchema>;
export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type TrackFile = z.infer<typeof trackSchema>;
