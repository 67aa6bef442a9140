// A native modal dialog: focus moves in and stays, Escape closes it, and focus goes back to where it was.
import { useEffect, useRef } from "react";

export function useModal(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const cancel = (e: Event) => {
      e.preventDefault();
      onClose();
    };
    // The browser keeps the page inert behind a modal dialog, but Tab can still leave it for the
    // browser's own controls; wrap it around instead.
    const trap = (e: KeyboardEvent) => {
      if (e.key !== "Tab") return;
      const focusable = Array.from(dialog.querySelectorAll<HTMLElement>("button, input, select, textarea, a[href], [tabindex]:not([tabindex='-1'])")).filter(
        (el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null,
      );
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    };
    dialog.addEventListener("cancel", cancel);
    dialog.addEventListener("keydown", trap);
    return () => {
      dialog.removeEventListener("cancel", cancel);
      dialog.removeEventListener("keydown", trap);
      if (dialog.open) dialog.close();
      returnTo?.focus();
    };
  }, [onClose]);
  return ref;
}
