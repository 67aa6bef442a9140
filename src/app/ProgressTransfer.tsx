import { useId, useRef, useState } from "react";
import type { Progress } from "../progress/saved";
import { snapshot, store } from "../progress/store";
import { t } from "./climbStrings";

/** Export progress to a file, import it in another browser: refused with a reason, or merged or replaced. */
export function ProgressTransfer() {
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState<Progress | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const titleId = useId();

  const exportNow = async () => {
    const { exportContents, exportFileName } = await import("../progress/transfer");
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
    const { readImportFile } = await import("../progress/transfer");
    const result = await readImportFile(file);
    if (fileInput.current) fileInput.current.value = "";
    if (!result.ok) {
      setPending(null);
      setMessage(t("transfer.refused", { reason: result.reason }));
      return;
    }
    setPending(result.progress);
    setMessage(t("transfer.ask", { answers: Object.keys(result.progress.answers).length, recall: Object.keys(result.progress.recall).length }));
  };

  const apply = (mode: "merge" | "replace" | null) => {
    if (pending && mode) store.getState().receive(pending, mode);
    setPending(null);
    setMessage(t(mode === "merge" ? "transfer.merged" : mode === "replace" ? "transfer.replaced" : "transfer.cancelled"));
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
          <button type="button" className="primary" onClick={() => apply("merge")}>
            {t("transfer.merge")}
          </button>
          <button type="button" onClick={() => apply("replace")}>
            {t("transfer.replace")}
          </button>
          <button type="button" onClick={() => apply(null)}>
            {t("transfer.cancel")}
          </button>
        </div>
      )}
    </section>
  );
}
