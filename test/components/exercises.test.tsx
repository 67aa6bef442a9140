// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { BestFit as BestFitData, OrderSteps as OrderData, Recall as RecallData, SingleChoice } from "../../src/course/exercises";
import { BestFit } from "../../src/exercises/best-fit/BestFit";
import { OrderSteps } from "../../src/exercises/order-steps/OrderSteps";
import { Quiz } from "../../src/exercises/quiz/Quiz";
import { Recall } from "../../src/exercises/recall/Recall";
import { store } from "../../src/progress/store";
import { renderInPiece } from "../lessonHarness";

const quiz: SingleChoice = {
  id: "rolling-update-502",
  kind: "single",
  tier: "junior",
  prompt: "Why did 30% of requests fail?",
  explanation: "Without a readiness probe a pod is ready as soon as it runs.",
  options: [
    { id: "no-probe", text: "No readiness probe", correct: true, feedback: "Right: ready too early." },
    { id: "liveness", text: "A liveness probe would have caught it", correct: false, feedback: "Liveness restarts.", misconception: "readiness is liveness" },
    { id: "image", text: "The image was broken", correct: false, feedback: "It was fine.", misconception: "a green build means a healthy release" },
  ],
};

describe("Quiz", () => {
  it("grades the choice, explains every option and names the misconception", async () => {
    const user = userEvent.setup();
    renderInPiece(<Quiz id={quiz.id} />, { exercises: [quiz] });
    await user.click(screen.getByRole("radio", { name: "A liveness probe would have caught it" }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Not quite."));
    expect(screen.getByText("Misconception: readiness is liveness")).toBeInTheDocument();
    expect(screen.getByText("Right: ready too early.")).toBeInTheDocument();
    expect(store.getState().answers[quiz.id]).toMatchObject({ first: { correct: false }, latest: { correct: false } });

    await user.click(screen.getByRole("button", { name: "Try again" }));
    await user.click(screen.getByRole("radio", { name: "No readiness probe" }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Right."));
    expect(store.getState().answers[quiz.id]).toMatchObject({ first: { correct: false }, latest: { correct: true } });
    expect(screen.getByText("First attempt: wrong. Latest: right.")).toBeInTheDocument();
  });

  it("asks for a choice before checking, and can show the answer", async () => {
    const user = userEvent.setup();
    renderInPiece(<Quiz id={quiz.id} />, { exercises: [quiz] });
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    expect(screen.getByRole("status")).toHaveTextContent("Choose an answer first.");
    await user.click(screen.getByRole("radio", { name: "The image was broken" }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await user.click(await screen.findByRole("button", { name: "Show the answer" }));
    expect(screen.getByRole("radio", { name: "No readiness probe" })).toBeChecked();
    expect(screen.getByRole("status")).toHaveTextContent("The answer is shown.");
  });
});

const bestFit: BestFitData = {
  id: "rename-hot-column",
  kind: "best-fit",
  tier: "junior",
  scenario: "Rename a hot column on a 200M-row table.",
  why: "Every step can be rolled back.",
  approaches: [
    { id: "rename", title: "RENAME COLUMN in one release", best: false, cost: "Breaks old pods", payoff: "Instant" },
    { id: "expand-contract", title: "Expand-contract over three deploys", best: true, cost: "Three deploys", payoff: "Rollback-safe" },
  ],
};

describe("BestFit", () => {
  it("shows the trade-off of every approach and why the best fits", async () => {
    const user = userEvent.setup();
    renderInPiece(<BestFit id={bestFit.id} />, { exercises: [bestFit] });
    await user.click(screen.getByRole("radio", { name: "RENAME COLUMN in one release" }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Not quite."));
    expect(screen.getByRole("status")).toHaveTextContent("Every step can be rolled back.");
    expect(screen.getByText("Breaks old pods")).toBeInTheDocument();
    expect(screen.getByText("Rollback-safe")).toBeInTheDocument();
    expect(store.getState().answers[bestFit.id]?.latest).toMatchObject({ response: ["rename"], correct: false });
  });
});

const order: OrderData = {
  id: "safe-column-rename",
  kind: "order",
  tier: "junior",
  prompt: "Order a safe rename.",
  rule: "Every state must be safe to roll back to.",
  steps: [
    { id: "expand", label: "Deploy 1, expand", text: "Add the column." },
    { id: "dual-write", label: "Deploy 2, dual-write", text: "Write both." },
    { id: "contract", label: "Deploy 3, contract", text: "Drop the old column." },
  ],
};

describe("OrderSteps", () => {
  it("starts shuffled, moves steps with buttons, and marks each step when checked", async () => {
    const user = userEvent.setup();
    renderInPiece(<OrderSteps id={order.id} />, { exercises: [order] });
    const labels = () => within(screen.getByRole("list")).getAllByRole("listitem").map((li) => li.querySelector(".step-label")?.textContent);
    expect(labels()).not.toEqual(["Deploy 1, expand", "Deploy 2, dual-write", "Deploy 3, contract"]);

    const sortTo = async (target: string[]) => {
      for (let i = 0; i < target.length; i++) {
        while (labels().indexOf(target[i]) > i) await user.click(screen.getByRole("button", { name: `Move “${target[i]}” up` }));
      }
    };
    await sortTo(["Deploy 1, expand", "Deploy 3, contract", "Deploy 2, dual-write"]);
    await user.click(screen.getByRole("button", { name: "Check the order" }));
    await waitFor(() => expect(screen.getAllByRole("status").at(-1)).toHaveTextContent("Not quite. 1 of 3 steps in the right place."));
    expect(screen.getAllByText("not in the right place")).toHaveLength(2);
    expect(screen.getAllByRole("status").at(-1)).toHaveTextContent("Every state must be safe to roll back to.");

    await user.click(screen.getByRole("button", { name: "Try again" }));
    await sortTo(["Deploy 1, expand", "Deploy 2, dual-write", "Deploy 3, contract"]);
    expect(screen.getAllByRole("status").some((s) => s.textContent === "Deploy 2, dual-write moved to position 2 of 3.")).toBe(true);
    await user.click(screen.getByRole("button", { name: "Check the order" }));
    await waitFor(() => expect(screen.getAllByRole("status").at(-1)).toHaveTextContent("Right. 3 of 3 steps in the right place."));
    expect(store.getState().answers[order.id]).toMatchObject({ first: { correct: false, score: 1 }, latest: { correct: true, score: 3 } });
  });
});

const recall: RecallData = {
  id: "recall-readiness",
  kind: "recall",
  tier: "junior",
  prompt: "Explain why a correct rolling update can still cause an outage.",
  keyPoints: ["No readiness probe means ready at process start", "The rollout removes old pods too early"],
};

describe("Recall", () => {
  it("keeps the draft, reveals key points as a checklist and schedules the next review", async () => {
    const user = userEvent.setup();
    renderInPiece(<Recall id={recall.id} />, { exercises: [recall] });
    await user.type(screen.getByRole("textbox", { name: recall.prompt }), "Ready too early");
    expect(store.getState().recall[recall.id]?.draft).toBe("Ready too early");
    await user.click(screen.getByRole("button", { name: "Reveal the key points" }));
    await user.click(screen.getByRole("checkbox", { name: recall.keyPoints[0] }));
    expect(screen.getByText("1 of 2 key points covered.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Good" }));
    await waitFor(() => expect(screen.getAllByRole("status").at(-1)).toHaveTextContent(/Graded “Good”\. Next review in \d+ minutes?\./));
    expect(store.getState().recall[recall.id]?.card?.due).toBeGreaterThan(Date.now());
  });
});
