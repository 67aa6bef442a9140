// The page: the shell around the view of whatever the address shows, as the navigation has it.
import { Suspense } from "react";
import { useNavigation, type Shown } from "../ui/navigation";
import { t } from "../ui/strings";
import { lazyPart } from "./lazyPart";
import { Shell } from "./Shell";
import { viewFor } from "./views";

const PageFailed = lazyPart(() => import("./PageFailed"), () => t("part.pageFailed"), (m) => m.default);

/** A piece at another altitude is the same view with other text (the switch keeps its state); any other page is a new one. */
function viewKey({ page, path }: Shown): string {
  return page.kind === "piece" ? `piece:${page.piece.track}/${page.piece.slug}` : path;
}

export function App() {
  const shown = useNavigation((s) => s.shown);
  const failed = useNavigation((s) => s.failed);
  const View = viewFor(shown.page.kind);
  return (
    <Shell>
      {failed ? (
        <Suspense fallback={null}>
          <PageFailed path={failed.path} reason={failed.reason} />
        </Suspense>
      ) : (
        <View key={viewKey(shown)} shown={shown} />
      )}
    </Shell>
  );
}
