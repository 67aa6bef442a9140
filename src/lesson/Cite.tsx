import { t } from "../ui/strings";
import { useLesson } from "./LessonContext";

export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** A numbered reference to one of the piece's sources. */
export function Cite({ id }: { id: string }) {
  const { piece } = useLesson();
  const index = piece.sources.findIndex((s) => s.id === id);
  const source = piece.sources[index];
  if (!source) throw new Error(`Unknown source ${id}`);
  return (
    <sup className="cite">
      <a href={`#${sourceAnchor(id)}`} aria-label={t("cite.label", { n: index + 1, title: source.title })}>
        [{index + 1}]
      </a>
    </sup>
  );
}
