// The view of each kind of page, each its own chunk: the page the browser loaded fetches only its own.
import type { ComponentType } from "react";
import type { PageData } from "../course/pages";
import { chunk } from "../ui/chunk";
import type { Shown } from "../ui/navigation";

export type ViewProps = { shown: Shown };

// No waits here: the router tries a page again (src/app/router.ts), and each try asks for the view afresh.
const loaders: Record<PageData["kind"], () => Promise<{ default: ComponentType<ViewProps> }>> = {
  piece: chunk(() => import("../lesson/PieceView"), []),
  climb: chunk(() => import("./ClimbPage"), []),
  "not-found": chunk(() => import("./NotFound"), []),
  sandbox: chunk(() => import("../sandbox/SandboxView"), []),
};

const loaded = new Map<PageData["kind"], ComponentType<ViewProps>>();

export async function loadView(kind: PageData["kind"]): Promise<ComponentType<ViewProps>> {
  const known = loaded.get(kind);
  if (known) return known;
  const view = (await loaders[kind]()).default;
  loaded.set(kind, view);
  return view;
}

/** The view, once loaded; navigation loads it before it shows a page of that kind. */
export function viewFor(kind: PageData["kind"]): ComponentType<ViewProps> {
  const view = loaded.get(kind);
  if (!view) throw new Error(`The ${kind} view is not loaded`);
  return view;
}
