import { Suspense, useId, useRef, useState } from "react";
import type { Progress } from "../progress/saved";
import { useProgressHydrated } from "../progress/hydration";
import { snapshot, store } from "../progress/store";
import { chunk } from "../ui/chunk";
import { t } from "./transferStrings";
import { lazyPart } from "./lazyPart";

const transferCode = chunk(() => import("../progress/transfer"));
const backupsCode = chunk(() => import("../progress/backups"));
const Backups = lazyPart(() => import("./Backups"), () => t("backups.partFailed"), (m) => m.default);

/** Export progress to a file, import it in another browser: refused with a reason, or merged or replaced. */
export function ProgressTransfer() {
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState<Progress | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const hydrated = useProgressHydrated();

  const exportNow = async () => {
    let transfer: typeof import("../progress/transfer");
    try {
      transfer = await transferCode();
    } catch {
      return setMessage(t("transfer.partFailed"));
    }
    const { exportContents, exportFileName } = transfer;
    const s = store.getState();
    const blob = new Blob([exportContents(snapshot(s))], { type: "application/json" });
    const name = exportFileName(new Date());
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
    setMessage(t("transfer.exported", { file: name }));
  };

  const chosen = async (file: File | undefined) => {
    if (!file) return;
    let readImportFile: typeof import("../progress/transfer").readImportFile;
    try {
      ({ readImportFile } = await transferCode());
    } catch {
      if (fileInput.current) fileInput.current.value = "";
      return setMessage(t("transfer.partFailed"));
    }
    const result = await readImportFile(file);
    if (fileInput.current) fileInput.current.value = "";
    if (!result.ok) {
      setPending(null);
      setMessage(t("transfer.refused", { reason: result.reason }));
      return;
    }
    setPending(result.progress);
    const here = snapshot(store.getState());
    setMessage(
      t("transfer.ask", {
        answers: Object.keys(result.progress.answers).length,
        recall: Object.keys(result.progress.recall).length,
        hereAnswers: Object.keys(here.answers).length,
        hereRecall: Object.keys(here.recall).length,
      }),
    );
  };

  const apply = async (mode: "merge" | "replace" | null) => {
    const incoming = pending;
    setPending(null);
    if (!incoming || !mode) return setMessage(t("transfer.cancelled"));
    if (mode === "merge") {
      store.getState().receive(incoming, "merge");
      return setMessage(t("transfer.merged"));
    }
    let replaced = false;
    try {
      const { replaceProgress } = await backupsCode();
      replaced = replaceProgress(store, incoming, "replaced");
    } catch {
      replaced = false;
    }
    setMessage(t(replaced ? "transfer.replaced" : "transfer.notReplaced"));
  };

  return (
    <section className="transfer" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("transfer.title")}</h2>
      <p>{t("transfer.intro")}</p>
      <div className="exercise-actions">
        <button type="button" onClick={() => void exportNow()}>
          {t("transfer.export")}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t("transfer.import")}
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={(e) => void chosen(e.target.files?.[0])} />
      </div>
      <p role="status" className="transfer-status">
        {message}
      </p>
      {pending && (
        <div className="exercise-actions">
          <button type="button" className="primary" onClick={() => void apply("merge")}>
            {t("transfer.merge")}
          </button>
          <button type="button" onClick={() => void apply("replace")}>
            {t("transfer.replace")}
          </button>
          <button type="button" onClick={() => void apply(null)}>
            {t("transfer.cancel")}
          </button>
        </div>
      )}
      {/* The backups are this browser's: listed once the page has taken over, never in the prerendered page. */}
      {hydrated && (
        <Suspense fallback={null}>
          <Backups />
        </Suspense>
      )}
    </section>
  );
}
