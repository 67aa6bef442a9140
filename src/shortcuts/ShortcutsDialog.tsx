import { useId, useState } from "react";
import { store, useProgress, type ShortcutAction } from "../progress/store";
import { t, type ShortcutStringKey } from "./strings";
import { useModal } from "../ui/useModal";
import { bindingProblem } from "./keymap";

const actions: ShortcutAction[] = ["search", "previous", "next", "tier", "help"];

/** The shortcuts, and the learner's choice of them: on or off, and which key does what. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const shortcuts = useProgress((s) => s.preferences.shortcuts);
  const dialog = useModal(onClose);
  const titleId = useId();
  return (
    <dialog ref={dialog} className="modal" aria-labelledby={titleId}>
      <div className="modal-head">
        <h2 id={titleId}>{t("shortcuts.title")}</h2>
        <button type="button" className="modal-close" onClick={onClose}>
          {t("shortcuts.close")}
        </button>
      </div>
      <label className="toggle">
        <input type="checkbox" checked={shortcuts.enabled} onChange={(e) => store.getState().setShortcutsEnabled(e.target.checked)} />
        <span>{t("shortcuts.enabled")}</span>
      </label>
      <p className="modal-hint">{t("shortcuts.enabledHint")}</p>
      <table className="shortcut-table">
        <tbody>
          <tr>
            <th scope="row">{t("shortcuts.searchAlways")}</th>
            <td>
              <kbd>Ctrl</kbd> + <kbd>K</kbd> / <kbd>⌘</kbd> + <kbd>K</kbd>
            </td>
          </tr>
          {actions.map((action) => (
            <KeyRow key={action} action={action} current={shortcuts.keys[action]} keys={shortcuts.keys} disabled={!shortcuts.enabled} />
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => store.getState().resetShortcuts()}>
        {t("shortcuts.reset")}
      </button>
    </dialog>
  );
}

function KeyRow({ action, current, keys, disabled }: { action: ShortcutAction; current: string; keys: Record<ShortcutAction, string>; disabled: boolean }) {
  const errorId = useId();
  const label = t(`shortcuts.${action}` as ShortcutStringKey);
  const [problem, setProblem] = useState("");
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <input
          className="key-input"
          aria-label={t("shortcuts.keyFor", { action: label.toLowerCase() })}
          value={current}
          disabled={disabled}
          maxLength={2}
          aria-describedby={errorId}
          onFocus={(e) => e.target.select()}
          onChange={(e) => {
            // The field holds one key: whatever was typed replaces it.
            const typed = [...e.target.value].find((c) => c !== current) ?? e.target.value;
            const found = bindingProblem(typed, action, keys);
            setProblem(found ? t(found === "taken" ? "shortcuts.taken" : "shortcuts.notOneKey") : "");
            if (!found) store.getState().rebindShortcut(action, typed);
          }}
        />
        <span className="key-error" id={errorId} role="status">
          {problem}
        </span>
      </td>
    </tr>
  );
}

export default ShortcutsDialog;
