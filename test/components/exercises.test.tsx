// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { BestFit } from "../../src/exercises/best-fit/BestFit";
import { Quiz } from "../../src/exercises/choice/Quiz";
import type { BestFit as BestFitData, OrderSteps as OrderData, Recall as RecallData, SingleChoice } from "../../src/exercises/kinds";
import { OrderSteps } from "../../src/exercises/order-steps/OrderSteps";
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
  it("explains only the chosen option after a wrong answer, clears the choice to try again, and explains all once right", async () => {
    const user = userEvent.setup();
    renderInPiece(<Quiz id={quiz.id} />, { exercises: [quiz] });
    await user.click(screen.getByRole("radio", { name: "A liveness probe would have caught it" }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Not quite."));
    expect(screen.getByText("Misconception: readiness is liveness")).toBeInTheDocument();
    // Nothing yet says which option is right: not its feedback, not the explanation, not a mark.
    expect(screen.queryByText("Right: ready too early.")).toBeNull();
    expect(screen.queryByText(quiz.explanation)).toBeNull();
    expect(document.querySelectorAll(".choice-right")).toHaveLength(0);
    expect(store.getState().answers[quiz.id]).toMatchObject({ first: { correct: false }, latest: { correct: false }, attempts: 1 });

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getAllByRole("radio").filter((r) => (r as HTMLInputElement).checked)).toHaveLength(0);
    expect(screen.queryByText("Misconception: readiness is liveness")).toBeNull();
    await user.click(screen.getByRole("radio", { name: "No readiness probe" }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Right."));
    expect(screen.getByText("Right: ready too early.")).toBeInTheDocument();
    expect(screen.getByText("Liveness restarts.")).toBeInTheDocument();
    expect(screen.getByText(quiz.explanation)).toBeInTheDocument();
    expect(store.getState().answers[quiz.id]).toMatchObject({ first: { correct: false }, latest: { correct: true }, attempts: 2 });
    expect(screen.getByText("Right after 2 attempts.")).toBeInTheDocument();
  });

  it("asks for a choice before checking, and shows the answer on request with focus on it", async () => {
    const user = userEvent.setup();
    renderInPiece(<Quiz id={quiz.id} />, { exercises: [quiz] });
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    expect(screen.getByRole("status")).toHaveTextContent("Choose an answer first.");
    await user.click(screen.getByRole("radio", { name: "The image was broken" }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await user.click(await screen.findByRole("button", { name: "Show the answer" }));
    await waitFor(() => expect(screen.getByRole("radio", { name: "No readiness probe" })).toBeChecked());
    expect(screen.getByRole("status")).toHaveTextContent("The answer is shown.");
    await waitFor(() => expect(document.activeElement).toHaveTextContent("The answer is shown."));
    expect(document.activeElement).not.toBe(document.body);
    expect(store.getState().answers[quiz.id]?.revealedAt).not.toBeNull();
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
  it("shows the chosen approach's trade-off after a wrong choice, and every trade-off and why once shown", async () => {
    const user = userEvent.setup();
    renderInPiece(<BestFit id={bestFit.id} />, { exercises: [bestFit] });
    await user.click(screen.getByRole("radio", { name: "RENAME COLUMN in one release" }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Not quite."));
    expect(screen.getByText("Breaks old pods")).toBeInTheDocument();
    expect(screen.queryByText("Rollback-safe")).toBeNull();
    expect(screen.queryByText("Every step can be rolled back.")).toBeNull();
    expect(screen.queryByText("The best fit here")).toBeNull();
    expect(store.getState().answers[bestFit.id]?.latest).toMatchObject({ response: ["rename"], correct: false });

    await user.click(screen.getByRole("button", { name: "Show the answer" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Every step can be rolled back."));
    expect(screen.getByText("Rollback-safe")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Expand-contract over three deploys" })).toBeChecked();
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
    expect(screen.getAllByRole("status").at(-1)).not.toHaveTextContent("Every state must be safe to roll back to.");

    await user.click(screen.getByRole("button", { name: "Try again" }));
    await sortTo(["Deploy 1, expand", "Deploy 2, dual-write", "Deploy 3, contract"]);
    expect(screen.getAllByRole("status").some((s) => s.textContent === "Deploy 2, dual-write moved to position 2 of 3.")).toBe(true);
    await user.click(screen.getByRole("button", { name: "Check the order" }));
    await waitFor(() => expect(screen.getAllByRole("status").at(-1)).toHaveTextContent("Right. 3 of 3 steps in the right place."));
    expect(screen.getAllByRole("status").at(-1)).toHaveTextContent("Every state must be safe to roll back to.");
    expect(store.getState().answers[order.id]).toMatchObject({ first: { correct: false, score: 1 }, latest: { correct: true, score: 3 } });
  });

  it("moves a picked-up step one place per arrow key however fast they come, and a pick-up and drop alone changes nothing", async () => {
    const user = userEvent.setup({ delay: null });
    renderInPiece(<OrderSteps id={order.id} />, { exercises: [order] });
    const labels = () => within(screen.getByRole("list")).getAllByRole("listitem").map((li) => li.querySelector(".step-label")?.textContent);
    const start = labels();
    const last = start.at(-1) ?? "";
    const statuses = () => screen.getAllByRole("status").map((s) => s.textContent);

    screen.getByRole("button", { name: `Drag “${last}”` }).focus();
    await user.keyboard(" ");
    await user.keyboard(" ");
    expect(labels()).toEqual(start);
    expect(statuses()).toContain(`${last} dropped at position 3 of 3.`);

    await user.keyboard(" {ArrowUp}{ArrowUp} ");
    expect(labels()).toEqual([last, start[0], start[1]]);
    expect(document.activeElement).toHaveAccessibleName(`Drag “${last}”`);
    expect(statuses()).toContain(`${last} dropped at position 1 of 3.`);

    await user.keyboard(" {ArrowDown}{Escape}");
    expect(labels()).toEqual([last, start[0], start[1]]);
    expect(statuses()).toContain(`Moving cancelled. ${last} is back at position 1 of 3.`);
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
  it("keeps the draft, reveals key points as a checklist, schedules the next review and keeps the attempt behind its own control", async () => {
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
    // Until it is due, the prompt rests: no box, the key points out of sight, the attempt behind its control.
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.queryByText(recall.keyPoints[0] ?? "")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Show your last attempt" }));
    expect(screen.getByText("Ready too early")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Recall it again now" }));
    expect(screen.getByRole("textbox", { name: recall.prompt })).toHaveValue("");
  });
});
