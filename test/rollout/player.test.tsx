// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SingleChoice } from "../../src/exercises/kinds";
import { LessonContext } from "../../src/lesson/LessonContext";
import Player from "../../src/rollout/Player";
import { Simulator } from "../../src/rollout/Simulator";
import { lessonAt, renderInPiece } from "../lessonHarness";

const stage = () => screen.getByRole("group", { name: /^Simulation of/ });
const message = () => within(stage()).getAllByRole("status")[0] as HTMLElement;
const clock = () => within(stage()).getByText(/^t = /);
const seek = (seconds: number) => fireEvent.change(within(stage()).getByRole("slider", { name: "Time in the run" }), { target: { value: String(seconds) } });

const prediction: SingleChoice = {
  id: "predict-hook-failures",
  kind: "single",
  tier: "junior",
  prompt: "What do users get after the rollout reports success?",
  explanation: "The pods were Ready before they could serve.",
  options: [
    { id: "all-served", text: "Every request is answered", correct: false, feedback: "No.", misconception: "done means serving" },
    { id: "about-a-third-fail", text: "About 30% fail for two minutes", correct: true, feedback: "Right." },
  ],
};

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the player", () => {
  it("shows the hook: kubectl says rolled out while requests go on failing", () => {
    renderInPiece(<Player scenario="the-hook" link={null} focus={false} />);
    expect(within(stage()).getByText('deployment "web" successfully rolled out')).toBeInTheDocument();
    seek(100);
    expect(clock()).toHaveTextContent("t = 100 s of 200 s");
    expect(within(stage()).getByText('deployment "web" successfully rolled out')).toBeInTheDocument();
    expect(within(stage()).getByText(/^This second: \d+ served, [1-9]\d* failed\./)).toBeInTheDocument();
    const newPods = within(stage()).getByRole("list", { name: "New version" });
    expect(within(newPods).getAllByText("Ready, can’t serve")).toHaveLength(4);
    seek(30);
    expect(within(stage()).getByText(/Waiting for deployment "web" rollout to finish/)).toBeInTheDocument();
  });

  it("steps from event to event, saying each one once", async () => {
    const user = userEvent.setup();
    renderInPiece(<Player scenario="the-hook" link={null} focus={false} />);
    await user.click(within(stage()).getByRole("button", { name: "Step to the next event" }));
    expect(clock()).toHaveTextContent("t = 10 s");
    expect(message()).toHaveTextContent("The new pod template is applied and the rollout starts. new-1 is created for the new version.");
    expect(message()).toHaveTextContent(/old-4 leaves the balancer’s list: no new requests\.$/);
    await user.click(within(stage()).getByRole("button", { name: "Step to the next event" }));
    expect(clock()).toHaveTextContent("t = 15 s");
    expect(message()).toHaveTextContent(/^old-4 receives SIGTERM/);
  });

  it("reruns with the readiness probe on and compares the two runs", async () => {
    const user = userEvent.setup();
    renderInPiece(<Player scenario="the-hook" link={null} focus={false} />);
    await user.click(within(stage()).getByRole("button", { name: "Change a setting" }));
    const settings = screen.getByRole("group", { name: "Change a setting" });
    expect(within(settings).getByRole("combobox", { name: "maxSurge" })).toHaveValue("25%");
    expect(within(settings).queryByRole("checkbox", { name: "Readiness probe checks the database" })).toBeNull();
    await user.click(within(settings).getByRole("checkbox", { name: "readinessProbe" }));
    expect(within(settings).getByText("changed, was off")).toBeInTheDocument();
    await user.click(within(settings).getByRole("button", { name: "Run with these settings" }));
    await user.click(within(stage()).getByRole("button", { name: "Pause" }));

    expect(message()).toHaveTextContent("New run: readinessProbe on.");
    const compare = screen.getByRole("group", { name: "Compare runs" });
    expect(within(compare).getByText("Failed or reset requests went from 3,628 to 0.")).toBeInTheDocument();
    const table = within(compare).getByRole("table", { name: "Two runs side by side" });
    expect(within(table).getByRole("columnheader", { name: "After: readinessProbe on" })).toBeInTheDocument();
    expect(within(table).getByRole("row", { name: /^Failed or reset 3,628 0$/ })).toBeInTheDocument();
    expect(within(table).getByRole("row", { name: /^kubectl reported done at 50.3 s 258.9 s$/ })).toBeInTheDocument();
    expect(within(compare).getAllByRole("img")).toHaveLength(2);
  });

  it("tells the same story in the narration and in the table", async () => {
    const user = userEvent.setup();
    renderInPiece(<Player scenario="the-hook" link={null} focus={false} />);
    seek(60);
    await user.click(within(stage()).getByRole("button", { name: "Narration" }));
    await user.click(within(stage()).getByRole("button", { name: "Timeline table" }));
    const narration = screen.getByRole("group", { name: "Narration" });
    const done = within(narration).getByText(/kubectl rollout status reports the rollout as successfully rolled out/).closest("li");
    expect(done).toHaveTextContent(/^50\.3 s/);
    const timeline = screen.getByRole("table", { name: "Timeline up to 60 s, one row per second" });
    const cells = (time: string) => within(within(timeline).getByRole("rowheader", { name: new RegExp(`^${time}`) }).closest("tr") as HTMLElement).getAllByRole("cell");
    expect(cells("50 s")[3]).not.toHaveTextContent("Rolled out");
    expect(cells("51 s")[3]).toHaveTextContent("Rolled out");
    expect(Number(cells("51 s")[2]?.textContent)).toBeGreaterThan(20);
    expect(cells("51 s")[0]).toHaveTextContent("4 of 5, 4 can’t serve");
    expect(within(timeline).getAllByRole("row")).toHaveLength(62);
  });

  it("opens as a link set it up, and says what it could not take", async () => {
    const user = userEvent.setup();
    renderInPiece(<Player scenario="the-hook" link="?sim=the-hook&readinessProbe=on&maxSurge=lots&balancer=L4" focus={false} />);
    expect(message()).toHaveTextContent("The link’s settings were applied, except:");
    expect(message()).toHaveTextContent("maxSurge = “lots” is not a value it accepts; using 25%.");
    expect(message()).toHaveTextContent("“balancer” is not a setting of this simulation; ignored.");
    await user.click(within(stage()).getByRole("button", { name: "Change a setting" }));
    expect(screen.getByRole("checkbox", { name: "readinessProbe" })).toBeChecked();
  });

  it("copies a link to the setup on screen", async () => {
    const user = userEvent.setup();
    renderInPiece(<Player scenario="the-hook" link="?sim=the-hook&maxSurge=1&maxUnavailable=0" focus={false} />);
    await user.click(within(stage()).getByRole("button", { name: "Change a setting" }));
    await user.click(screen.getByRole("button", { name: "Copy link to this setup" }));
    const url = `${location.origin}/deployment-and-infra/capstone/junior?sim=the-hook&readinessProbe=off&maxSurge=1&maxUnavailable=0#sim-the-hook`;
    expect(await navigator.clipboard.readText()).toBe(url);
    expect(screen.getByText(`Link copied: ${url}`)).toBeInTheDocument();
  });

  it("refuses values it cannot run, and says why", async () => {
    const user = userEvent.setup();
    renderInPiece(<Player scenario="the-hook" link={null} focus={false} />, { tier: "middle" });
    await user.click(within(stage()).getByRole("button", { name: "Change a setting" }));
    const settings = screen.getByRole("group", { name: "Change a setting" });
    const appReady = within(settings).getByRole("spinbutton", { name: "Time until the app can serve (s)" });
    await user.clear(appReady);
    await user.type(appReady, "999");
    expect(appReady).toHaveAttribute("aria-invalid", "true");
    expect(appReady).toHaveAccessibleDescription(/Enter a number from 0 to 300, in steps of 1\./);
    await user.click(within(settings).getByRole("button", { name: "Run with these settings" }));
    expect(within(settings).getByText("Fix the values marked above first.")).toBeInTheDocument();

    await user.click(within(settings).getByRole("button", { name: "Back to the scenario’s settings" }));
    await user.selectOptions(within(settings).getByRole("combobox", { name: "maxSurge" }), "0");
    await user.selectOptions(within(settings).getByRole("combobox", { name: "maxUnavailable" }), "0");
    await user.click(within(settings).getByRole("button", { name: "Run with these settings" }));
    expect(within(settings).getByText(/^This combination cannot run: /)).toBeInTheDocument();
  });

  it("with reduced motion, plays in discrete jumps", async () => {
    vi.stubGlobal("matchMedia", (query: string) => ({ matches: query.includes("reduce"), addEventListener: () => {}, removeEventListener: () => {} }));
    vi.useFakeTimers();
    renderInPiece(<Player scenario="the-hook" link={null} focus={false} />);
    fireEvent.click(within(stage()).getByRole("button", { name: "Play" }));
    act(() => vi.advanceTimersByTime(999));
    expect(clock()).toHaveTextContent("t = 0 s");
    act(() => vi.advanceTimersByTime(1));
    expect(clock()).toHaveTextContent("t = 10 s");
    act(() => vi.advanceTimersByTime(2000));
    expect(clock()).toHaveTextContent("t = 30 s");
    fireEvent.click(within(stage()).getByRole("button", { name: "Pause" }));
    act(() => vi.advanceTimersByTime(5000));
    expect(clock()).toHaveTextContent("t = 30 s");
  });
});

describe("the slot", () => {
  it("prerenders the title, the author's line and a placeholder, without the player", () => {
    const html = renderToString(
      <LessonContext.Provider value={lessonAt("junior")}>
        <Simulator scenario="the-hook" line="<p>Predict first, then run it.</p>" />
      </LessonContext.Provider>,
    );
    expect(html).toContain('id="sim-the-hook"');
    expect(html).toContain("Green rollout, red pager");
    expect(html).toContain("Predict first, then run it.");
    expect(html).toContain('class="sim-box sim-placeholder"');
    expect(html).toContain("Load the simulation");
    expect(html).not.toContain("sim-player");
    expect(html).not.toContain("style=");
  });

  it("asks for a prediction, then plays the run from the start", async () => {
    const user = userEvent.setup();
    renderInPiece(
      <Simulator scenario="the-hook" predict={prediction.id} line="<p>Watch it happen.</p>" />,
      { exercises: [prediction] },
    );
    expect(screen.getByRole("region", { name: "Green rollout, red pager" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Load the simulation" }));
    const runIt = await screen.findByRole("button", { name: "Run it" });
    await waitFor(() => expect(runIt).toHaveFocus());
    expect(message()).toHaveTextContent("Predict first: answer the question above");

    await user.click(runIt);
    expect(message()).toHaveTextContent("Answer the question above first, or run it without predicting.");
    expect(screen.getByRole("button", { name: "Run without predicting" })).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "About 30% fail for two minutes" }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await waitFor(() => expect(message()).toHaveTextContent("Your prediction is in."));
    await user.click(screen.getByRole("button", { name: "Run it" }));
    expect(clock()).toHaveTextContent("t = 0 s");
    await waitFor(() => expect(within(stage()).getByRole("button", { name: "Pause" })).toHaveFocus());
    await waitFor(() => expect(clock()).not.toHaveTextContent("t = 0 s"));
  });
});
