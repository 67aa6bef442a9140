import { describe, expect, it } from "vitest";
import { checkExercises } from "../../src/course/build/load-exercises";
import { formatProblem } from "../../src/course/problems";

const file = "content/t/p/exercises.yaml";
const messages = (yaml: string) => checkExercises(file, yaml, new Set(["probes"])).problems.map(formatProblem);

const quiz = `- id: q1
  kind: single
  source: probes
  prompt: Why?
  explanation: Because.
  options:
    - id: a
      text: A
      correct: true
      feedback: Right.
    - id: b
      text: B
      feedback: Wrong.
      misconception: b is a
`;

describe("the exercise checker", () => {
  it("accepts a well-formed exercise", () => {
    expect(messages(quiz)).toEqual([]);
  });
  it("names a question with no correct option", () => {
    expect(messages(quiz.replace("      correct: true\n", ""))).toContain(`${file}:6: exercise "q1" options: got 0 correct options, expected exactly one correct option`);
  });
  it("names duplicate exercise ids", () => {
    expect(messages(quiz + quiz)).toEqual([`${file}:15: exercise "q1" id: got "q1" again (first at exercise #1), expected an id unique in the piece`]);
  });
  it("names an order exercise with fewer than three steps", () => {
    const order = `- id: o1\n  kind: order\n  prompt: Order\n  rule: Safe\n  steps:\n    - { id: a, label: A, text: A }\n    - { id: b, label: B, text: B }\n`;
    expect(messages(order)).toEqual([`${file}:5: exercise "o1".steps: got a list of 2, expected at least three steps`]);
  });
  it("names a recall prompt without key points", () => {
    expect(messages(`- id: r1\n  kind: recall\n  prompt: Explain\n`)).toEqual([`${file}:1: exercise "r1".keyPoints: got nothing, expected a list`]);
  });
  it("names a wrong option without its misconception, and an unknown source", () => {
    const found = messages(quiz.replace("      misconception: b is a\n", "").replace("source: probes", "source: fowler"));
    expect(found).toContain(`${file}:11: exercise "q1" options[1] "b" misconception: got nothing, expected the misconception this wrong option stands for`);
    expect(found).toContain(`${file}:3: exercise "q1" source: got "fowler", expected the id of a source listed by the piece (probes)`);
  });
  it("names an unknown kind", () => {
    expect(messages(`- id: x\n  kind: essay\n  prompt: P\n`)[0]).toMatch(/exercise "x".kind: got "essay", expected/);
  });
});
