// Search across every piece, section and altitude. The index is built at build time and loads the first
// time the dialog opens; results open the deep link to that section at that altitude.
import MiniSearch from "minisearch";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { piecePath } from "../course/urls";
import { tiers } from "../course/tiers";
import { chunk } from "../ui/chunk";
import { navigation } from "../ui/navigation";
import { useModal } from "../ui/useModal";
import { tierName } from "../ui/strings";
import { t } from "./strings";
import { searchOptions, storeFields, type SearchDoc } from "./options";
import { toResults, type Hit, type Result } from "./results";

const indexCode = chunk(() => import("virtual:search-index"));
let loaded: Promise<MiniSearch<SearchDoc>> | null = null;

/** The index, fetched once; after a failure the next call (a Try again) asks for it again. */
export function loadIndex(): Promise<MiniSearch<SearchDoc>> {
  loaded ??= indexCode().then(({ serialized }) => MiniSearch.loadJSON<SearchDoc>(serialized, { fields: ["sectionTitle", "text"], storeFields, searchOptions }));
  loaded.catch(() => (loaded = null));
  return loaded;
}

export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialog = useModal(onClose);
  const [index, setIndex] = useState<MiniSearch<SearchDoc> | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), list: useId(), hint: useId() };

  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    loadIndex().then(setIndex, () => setFailed(true));
    input.current?.focus();
  }, [attempt]);

  const results: Result[] = useMemo(() => {
    if (!index || query.trim().length < 2) return [];
    return toResults(index.search(query) as unknown as Hit[]);
  }, [index, query]);

  const open = (r: Result) => {
    onClose();
    navigation.go(piecePath({ track: r.track, slug: r.piece }, r.tier, r.sectionId));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (results.length) setActive((a) => (a + (e.key === "ArrowDown" ? 1 : results.length - 1)) % results.length);
    } else if (e.key === "Enter") {
      const r = results[active];
      if (r) {
        e.preventDefault();
        open(r);
      }
    }
  };

  const status = failed
    ? t("search.failed")
    : !index
      ? t("search.loading")
      : query.trim().length < 2
        ? ""
        : results.length === 0
          ? t("search.none", { query })
          : results.length === 1
            ? t("search.one")
            : t("search.count", { count: results.length });

  return (
    <dialog ref={dialog} className="modal search" aria-labelledby={ids.title}>
      <div className="modal-head">
        <h2 id={ids.title}>{t("search.title")}</h2>
        <button type="button" className="modal-close" onClick={onClose}>
          {t("shortcuts.close")}
        </button>
      </div>
      <input
        ref={input}
        type="search"
        className="search-input"
        role="combobox"
        aria-label={t("search.label")}
        aria-expanded={results.length > 0}
        aria-controls={ids.list}
        aria-activedescendant={results[active] ? `${ids.list}-${active}` : undefined}
        aria-describedby={ids.hint}
        aria-autocomplete="list"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="modal-hint" id={ids.hint}>
        {t("search.hint")}
      </p>
      <p className="search-status" role="status">
        {status}
      </p>
      {failed && (
        <button
          type="button"
          onClick={() => {
            setFailed(false);
            setAttempt((a) => a + 1);
          }}
        >
          {t("search.retry")}
        </button>
      )}
      <ul className="search-results" role="listbox" id={ids.list} aria-label={t("search.title")}>
        {results.map((r, i) => (
          <li
            key={`${r.piece}#${r.sectionId}`}
            id={`${ids.list}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            onClick={() => open(r)}
            onMouseMove={() => setActive(i)}
          >
            <span className="result-where">
              {r.pieceTitle} › <strong>{r.sectionTitle}</strong>
            </span>
            <span className="result-tier">{r.tier === "junior" ? tierName("junior") : t(r.tier === tiers.at(-1) ? "search.only" : "search.from", { tier: tierName(r.tier) })}</span>
            <span className="result-snippet">
              {r.snippet.map((part, j) => (part.mark ? <mark key={j}>{part.text}</mark> : <span key={j}>{part.text}</span>))}
            </span>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
