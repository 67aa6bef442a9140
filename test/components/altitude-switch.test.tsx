// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Tier } from "../../src/course";
import type { PageData } from "../../src/course/pages";
import { AltitudeSwitch } from "../../src/lesson/AltitudeSwitch";
import { navigation } from "../../src/ui/navigation";

const navigate = vi.fn(async () => undefined);
beforeEach(() => {
  navigate.mockClear();
  navigation.start({ path: "/p/junior", page: {} as PageData, blocks: null }, async () => ({
    navigate,
    prefetch: () => undefined,
    retry: async () => undefined,
  }));
});

/** The switch as the page holds it: the page's altitude changes only when the page says so. */
function Page({ onSwitch }: { onSwitch: (tier: Tier) => void }) {
  const [tier, setTier] = useState<Tier>("junior");
  return (
    <>
      <AltitudeSwitch tier={tier} hrefFor={(to) => `/p/${to}`} onSwitch={onSwitch} />
      <button type="button" onClick={() => setTier("senior")}>
        The page moves to senior
      </button>
    </>
  );
}

const current = () => within(screen.getByRole("navigation", { name: "Your altitude" })).getByRole("link", { current: "page" });

describe("AltitudeSwitch", () => {
  it("shows the chosen altitude at once, before the page has rendered it", async () => {
    const user = userEvent.setup();
    const onSwitch = vi.fn();
    render(<Page onSwitch={onSwitch} />);
    expect(current()).toHaveAccessibleName("Junior");

    await user.click(screen.getByRole("link", { name: "Middle" }));
    expect(current()).toHaveAccessibleName("Middle");
    expect(onSwitch).toHaveBeenCalledWith("middle");
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith("/p/middle", { replace: false }));
    expect(screen.getByRole("navigation", { name: "Your altitude" })).toHaveAttribute("data-switching");
  });

  it("follows the page once it has moved, whatever moved it", async () => {
    const user = userEvent.setup();
    render(<Page onSwitch={() => undefined} />);
    await user.click(screen.getByRole("link", { name: "Middle" }));
    await user.click(screen.getByRole("button", { name: "The page moves to senior" }));
    expect(current()).toHaveAccessibleName("Senior");
    expect(screen.getByRole("navigation", { name: "Your altitude" })).not.toHaveAttribute("data-switching");
  });

  it("leaves the page as it is when the link opens elsewhere", async () => {
    const user = userEvent.setup();
    const onSwitch = vi.fn();
    render(<Page onSwitch={onSwitch} />);
    // jsdom cannot open a new tab; the page's own handlers run before this one.
    document.addEventListener("click", (e) => e.preventDefault(), { once: true });
    await user.keyboard("{Control>}");
    await user.click(screen.getByRole("link", { name: "Senior" }));
    await user.keyboard("{/Control}");
    expect(current()).toHaveAccessibleName("Junior");
    expect(onSwitch).not.toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
  });
});
