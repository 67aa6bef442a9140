// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import { useMemo } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Exercise } from "../../src/exercises/kinds";
import { answerKeySource, useAnswerKey, type AnswerKeySource } from "../../src/lesson/answerKey";
import { LessonContext, useLesson, type Lesson } from "../../src/lesson/LessonContext";
import { lessonAt } from "../lessonHarness";

const exercise = { id: "q1", kind: "quiz" } as unknown as Exercise;

describe("the answer key", () => {
  it("is fetched once however many parts of the page ask, and a failed fetch can be tried again", async () => {
    const fetchKey = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue([exercise]);
    const source = answerKeySource("test/once", fetchKey);
    await expect(source.load()).rejects.toThrow("offline");
    const [a, b] = await Promise.all([source.load(), source.load()]);
    expect(a).toBe(b);
    expect(a.get("q1")).toBe(exercise);
    expect(fetchKey).toHaveBeenCalledTimes(2);
    expect(answerKeySource("test/once", fetchKey)).toBe(source);
  });

  it("reaches the parts that show answers without changing what the rest of the page reads from the lesson", async () => {
    let resolve: (list: Exercise[]) => void = () => undefined;
    const source = answerKeySource("test/renders", () => new Promise<Exercise[]>((r) => (resolve = r)));
    const prose = vi.fn();
    function Prose() {
      useLesson();
      prose();
      return <p>Prose</p>;
    }
    function Feedback() {
      const key = useAnswerKey(useLesson().answers);
      return <p>{key ? `Key has ${key.size}` : "No key yet"}</p>;
    }
    function Page({ answers }: { answers: AnswerKeySource }) {
      const lesson = useMemo<Lesson>(() => ({ ...lessonAt("junior"), answers }), [answers]);
      return (
        <LessonContext.Provider value={lesson}>
          <Prose />
          <Feedback />
        </LessonContext.Provider>
      );
    }
    render(<Page answers={source} />);
    expect(screen.getByText("No key yet")).toBeInTheDocument();
    const renders = prose.mock.calls.length;
    const loaded = source.load();
    await act(async () => {
      resolve([exercise]);
      await loaded;
    });
    expect(screen.getByText("Key has 1")).toBeInTheDocument();
    expect(prose).toHaveBeenCalledTimes(renders);
  });
});
