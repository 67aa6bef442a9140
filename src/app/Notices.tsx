import { Suspense } from "react";
import { useProgress } from "../progress/store";
import { t } from "../ui/strings";
import { lazyPart } from "./lazyPart";

const NoticeList = lazyPart(() => import("./NoticeList"), () => t("part.notices"), (m) => m.NoticeList);

/** Messages about the learner's saved progress (unreadable, not saved, replaced, brought forward), when there are any. */
export function Notices() {
  const any = useProgress((s) => s.notices.length > 0);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <NoticeList />
    </Suspense>
  );
}
