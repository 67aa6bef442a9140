// A piece at an altitude: its header, the notices its address calls for, its contents, and its text, which
// is the build's markup between the islands (exercises, simulators) that wake as the learner reaches them.
// Everything here comes from the page data (src/course/pages.ts); this is the layout.
import { Suspense, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import type { PiecePageData } from "../course/pages";
import { findSection, sectionsAt } from "../course/pages";
import { leadSectionId } from "../course/outline";
import type { Tier } from "../course/tiers";
import { decodePart, piecePath } from "../course/urls";
import { useProgressHydrated } from "../progress/hydration";
import { store, useProgress } from "../progress/store";
import { AppLink } from "../ui/AppLink";
import { navigation, type Shown } from "../ui/navigation";
import { t, tierName } from "../ui/strings";
import { absoluteUrl } from "../ui/urls";
import { useLayoutEffectInBrowser } from "../ui/useLayoutEffectInBrowser";
import { lazyPart } from "../app/lazyPart";
import { chunk } from "../ui/chunk";
import { AltitudeSwitch } from "./AltitudeSwitch";
import { Contents } from "./Contents";
import { IslandHost } from "./IslandHost";
import type { Lesson } from "./LessonContext";
import { PrintAnswerKey } from "./PrintAnswerKeySlot";
import { PieceProgress } from "./PieceProgress";
import { Prose } from "./Prose";
import { captureReadingPosition, restoreReadingPosition, scrollToSection } from "./readingPosition";

const lessonCode = chunk(() => import("./lessonFor"));

/** The lesson the page's islands share, fetched with its questions when the first island wakes. */
export function lessonLoader(page: PiecePageData): () => Promise<Lesson> {
  let loading: Promise<Lesson> | null = null;
  return () => {
    loading ??= lessonCode().then((m) => m.lessonFor(page));
    loading.catch(() => (loading = null));
    return loading;
  };
}

export default function PieceView({ shown }: { shown: Shown }) {
  const page = shown.page as PiecePageData;
  const { piece, tier } = page;
  const lesson = useMemo(() => lessonLoader(page), [page]);
  const [announcement, setAnnouncement] = useState("");
  const [copied, setCopied] = useState("");
  const hydrated = useProgressHydrated();

  useEffect(() => {
    document.title = page.head.title;
  }, [page.head.title]);

  useRememberPlace(page, hydrated);
  useArrival(shown, setAnnouncement);

  // The section headings' copy-link buttons are the build's markup: their clicks are handled here.
  const onBodyClick = async (event: MouseEvent<HTMLDivElement>) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button[data-copy-link]") : null;
    if (!button) return;
    const url = absoluteUrl(piecePath(piece, tier, button.dataset.copyLink));
    try {
      await navigator.clipboard.writeText(url);
      setCopied(t("section.copied", { url }));
    } catch {
      setCopied(t("section.copyFailed", { url }));
    }
  };

  return (
    <article className="piece" data-tier={tier} aria-labelledby="piece-title">
      <header className="piece-header">
        <p className="piece-track">
          <AppLink to="/" className="back-link">
            <span aria-hidden="true">↑ </span>
            {t("nav.backToClimb")}
          </AppLink>
          <span className="track-name">{page.track.title}</span>
        </p>
        <h1 id="piece-title" tabIndex={-1}>
          {piece.title}
        </h1>
        <div className="crux">
          <p className="crux-label">{t("piece.crux")}</p>
          <p>{piece.crux}</p>
        </div>
        <div className="piece-meta">
          <AltitudeSwitch
            tier={tier}
            hrefFor={(to) => piecePath(piece, to)}
            onSwitch={(to) => {
              captureReadingPosition();
              store.getState().chooseTier(to);
            }}
          />
          <p className="reading-time">
            <span aria-hidden="true">◷ </span>
            {t("piece.readingTime", { minutes: page.readingMinutes })}
          </p>
        </div>
        <p className="print-only piece-altitude">{t("print.altitude", { tier: tierName(tier), note: t(`tier.${tier}.note`) })}</p>
        <PieceProgress page={page} />
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </header>
      {/* A fallback altitude is neither remembered nor replaced by the remembered one: the notice explains the page. */}
      <RememberedAltitude page={page} hash={shown.hash} active={hydrated && page.unknownTier === undefined} />
      {page.unknownTier !== undefined && (
        <Suspense fallback={null}>
          <UnknownTierNotice given={page.unknownTier} tier={tier} />
        </Suspense>
      )}
      <AddressedSection page={page} hash={shown.hash} />
      <Contents sections={sectionsAt(page, tier)} />
      <div className="piece-body" onClick={(e) => void onBodyClick(e)}>
        {page.layout.map((block, i) =>
          block === "prose" ? (
            <Prose key={`${shown.path}:${i}`} className="prose" html={shown.blocks?.[i] ?? null} />
          ) : (
            <IslandHost key={`${shown.path}:${i}`} index={block} island={page.islands[block] as PiecePageData["islands"][number]} html={shown.blocks?.[i] ?? null} lesson={lesson} />
          ),
        )}
      </div>
      <p className="copy-status" role="status">
        {copied}
      </p>
      <PrintAnswerKey page={page} lesson={lesson} />
      {page.next && (
        <nav className="continue" aria-label={t("nav.continue")}>
          <p className="continue-label">{t("nav.continue")}</p>
          <AppLink to={piecePath(page.next, store.getState().preferences.tier ?? undefined)} className="continue-link">
            <span aria-hidden="true">↑ </span>
            {page.next.title}
          </AppLink>
        </nav>
      )}
    </article>
  );
}

/**
 * Arriving at this page by navigation: to the section the address names, back to where the reader was on the
 * same piece at another altitude, to where they were on this address before (back and forward), or to the top.
 */
function useArrival(shown: Shown, announce: (text: string) => void) {
  const page = shown.page as PiecePageData;
  const previous = useRef<{ path: string; tier: Tier } | null>(null);
  useLayoutEffectInBrowser(() => {
    const was = previous.current;
    previous.current = { path: shown.path, tier: page.tier };
    if (shown.action === "load") return;
    const sameText = was?.tier === page.tier;
    if (!sameText && was) announce(t("tier.switched", { tier: tierName(page.tier).toLowerCase(), minutes: page.readingMinutes }));
    const id = decodePart(shown.hash.slice(1));
    if (id && scrollToSection(id)) return;
    if (!sameText && restoreReadingPosition()) return;
    if (shown.action === "pop" && restoreScroll(shown.key)) return;
    if (!sameText) {
      window.scrollTo(0, 0);
      document.getElementById("piece-title")?.focus({ preventScroll: true });
    }
  }, [shown.key]);
}

/** Where each visited address was scrolled to, so that back and forward return there. */
const scrolled = new Map<string, number>();
if (typeof window !== "undefined") {
  window.addEventListener("scroll", () => scrolled.set(window.history.state?.key ?? "default", window.scrollY), { passive: true });
}
function restoreScroll(key: string): boolean {
  const y = scrolled.get(key);
  if (y === undefined) return false;
  window.scrollTo(0, y);
  return true;
}

/** The altitude a page without one in its address is about to move to: the remembered one, when it differs. */
function rememberedElsewhere(page: PiecePageData, preferred: Tier | null): Tier | null {
  return !page.pinned && preferred && preferred !== page.tier ? preferred : null;
}

const notices = () => import("./PieceNotices");
const PinnedNotice = lazyPart(notices, () => t("part.notice"), (m) => m.PinnedNotice);
const UnknownTierNotice = lazyPart(notices, () => t("part.notice"), (m) => m.UnknownTierNotice);
const SectionNotice = lazyPart(notices, () => t("part.notice"), (m) => m.SectionNotice);

/**
 * A piece opened without an altitude in its address opens at the altitude the learner chose last. An address
 * pinned to another altitude (a review's link, an instructor's) opens there, leaves the learner's choice
 * alone, and says so.
 */
function RememberedAltitude({ page, hash, active }: { page: PiecePageData; hash: string; active: boolean }) {
  const preferred = useProgress((s) => s.preferences.tier);
  useEffect(() => {
    if (!active) return;
    const elsewhere = rememberedElsewhere(page, preferred);
    if (elsewhere) navigation.go(`${piecePath(page.piece, elsewhere)}${hash}`, { replace: true });
  }, [active, page, preferred, hash]);
  if (!active || !page.pinned || !preferred || preferred === page.tier) return null;
  return (
    <Suspense fallback={null}>
      <PinnedNotice page={page} preferred={preferred} hash={hash} />
    </Suspense>
  );
}

/** A link to a section this altitude does not show, or to none at all: the notice says which. */
function AddressedSection({ page, hash }: { page: PiecePageData; hash: string }) {
  // Read after hydration: the prerendered page has no address hash.
  const [id, setId] = useState("");
  useEffect(() => setId(decodePart(hash.slice(1))), [hash]);
  if (!id || id === leadSectionId || /^(source|exercise|sim)-/.test(id)) return null;
  const section = findSection(page, id);
  if (section ? section.tiers.includes(page.tier) : document.getElementById(id)) return null;
  return (
    <Suspense fallback={null}>
      <SectionNotice page={page} id={id} />
    </Suspense>
  );
}

/** Remembers the section being read, for "continue where you left off". */
function useRememberPlace(page: PiecePageData, hydrated: boolean) {
  useEffect(() => {
    if (!hydrated) return;
    // An address without an altitude is about to open at the remembered one; that is the place.
    if (rememberedElsewhere(page, store.getState().preferences.tier)) return;
    const { track, slug } = page.piece;
    const remember = (section: string | null) => store.getState().rememberPlace({ track, piece: slug, tier: page.tier, section, at: Date.now() });
    remember(store.getState().preferences.lastPlace?.piece === slug ? (store.getState().preferences.lastPlace?.section ?? null) : null);
    let timer = 0;
    const observer = new IntersectionObserver(
      (entries) => {
        const seen = entries.filter((e) => e.isIntersecting).map((e) => e.target.id);
        if (seen.length === 0) return;
        window.clearTimeout(timer);
        timer = window.setTimeout(() => remember(seen[0] ?? null), 800);
      },
      { rootMargin: "0px 0px -70% 0px" },
    );
    document.querySelectorAll(".piece-body h2[id]").forEach((h) => observer.observe(h));
    return () => {
      window.clearTimeout(timer);
      observer.disconnect();
    };
  }, [page, hydrated]);
}
