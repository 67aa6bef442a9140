// Where the printed answer key goes: its code is fetched when the learner prints, not before.
import { Suspense, useEffect, useState } from "react";
import { lazyPart } from "../app/lazyPart";
import { t } from "../ui/strings";
import type { PiecePageData } from "../course/pages";
import type { Lesson } from "./LessonContext";

const Key = lazyPart(() => import("./PrintAnswerKey"), () => t("part.answerKey"), (m) => m.PrintAnswerKey);

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
