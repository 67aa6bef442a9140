// An island as its own React root: a part of the app inside a piece's text (an exercise, a simulator),
// rendered with the lesson it belongs to, on the server into the page and in the browser over that markup.
import { useEffect, type ComponentType } from "react";
import { useProgressHydrated } from "../progress/hydration";
import { LessonContext, type Lesson } from "./LessonContext";

type Props = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island takes the attributes its tag was given
  View: ComponentType<any>;
  props: Record<string, string>;
  lesson: Lesson;
  /** Called once the island has taken over its markup, its effects have run and saved progress is read. */
  onAwake?: () => void;
};

export function IslandRoot({ View, props, lesson, onAwake }: Props) {
  // Awake once it shows the learner's saved progress too: until then what they do is held (src/app/early.ts),
  // for a field or a list drawn before the saved state is read would be drawn again, and lose it.
  const hydrated = useProgressHydrated();
  useEffect(() => {
    if (hydrated) onAwake?.();
  }, [hydrated, onAwake]);
  return (
    <LessonContext.Provider value={lesson}>
      <View {...props} />
    </LessonContext.Provider>
  );
}
