// Where the printed answer key goes: its code is fetched when the learner prints, not before.
import { lazy, Suspense, useEffect, useState } from "react";
import type { PiecePageData } from "../course/pages";
import type { Lesson } from "./LessonContext";

const Key = lazy(() => import("./PrintAnswerKey").then((m) => ({ default: m.PrintAnswerKey })));

export function PrintAnswerKey(props: { page: PiecePageData; lesson: () => Promise<Lesson> }) {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const print = () => setPrinting(true);
    const done = () => setPrinting(false);
    const media = window.matchMedia("print");
    const change = (event: MediaQueryListEvent) => setPrinting(event.matches);
    window.addEventListener("beforeprint", print);
    window.addEventListener("afterprint", done);
    media.addEventListener("change", change);
    return () => {
      window.removeEventListener("beforeprint", print);
      window.removeEventListener("afterprint", done);
      media.removeEventListener("change", change);
    };
  }, []);
  if (!printing) return null;
  return (
    <Suspense fallback={null}>
      <Key {...props} />
    </Suspense>
  );
}
