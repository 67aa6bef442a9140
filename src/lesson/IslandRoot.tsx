// An island as its own React root: a part of the app inside a piece's text (an exercise, a simulator),
// rendered with the lesson it belongs to, on the server into the page and in the browser over that markup.
import { useEffect, type ComponentType } from "react";
import { LessonContext, type Lesson } from "./LessonContext";

type Props = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island takes the attributes its tag was given
  View: ComponentType<any>;
  props: Record<string, string>;
  lesson: Lesson;
  /** Called once the island has taken over its markup and its effects have run. */
  onAwake?: () => void;
};

export function IslandRoot({ View, props, lesson, onAwake }: Props) {
  useEffect(() => onAwake?.(), [onAwake]);
  return (
    <LessonContext.Provider value={lesson}>
      <View {...props} />
    </LessonContext.Provider>
  );
}
