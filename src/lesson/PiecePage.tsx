import { memo, startTransition, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLayoutEffectInBrowser } from "../ui/useLayoutEffectInBrowser";
import { Link, useLocation, useNavigate } from "react-router";
import {
  findPiece,
  findSection,
  leadSectionId,
  lowestTierShowing,
  neighbours,
  pieceKey,
  readingMinutes,
  sectionsAt,
  tracks,
  type PieceMeta,
  type TrackMeta,
  type Tier,
} from "../course";
import { piecePath } from "../course/urls";
import { useProgressHydrated } from "../progress/hydration";
import { t, tierName } from "../ui/strings";
import { AltitudeSwitch } from "./AltitudeSwitch";
import { Contents } from "./Contents";
import { LessonContext, useLesson, type Lesson } from "./LessonContext";
import { store, useProgress } from "../progress/store";
import { PieceProgress } from "./PieceProgress";
import { AnswerKey } from "./AnswerKey";
import { answerKeySource, useAnswerKey, useAnswerKeyWhenIdle } from "./answerKey";
import { prefetchOtherTiers, usePieceModule } from "./pieceContent";
import { captureReadingPosition, restoreReadingPosition, scrollToSectionWhenPresent } from "./readingPosition";
import { registry } from "./registry";
import { Sources } from "./Sources";
import { whenIdle } from "./whenIdle";

/** `unknownTier`: the address named an altitude that does not exist; the page shows `tier` instead and says so. */
type Props = { track: TrackMeta; piece: PieceMeta; tier: Tier; pinned: boolean; unknownTier?: string };

export function PiecePage({ track, piece, tier, pinned, unknownTier }: Props) {
  const { next } = neighbours(tracks, { track: piece.track, piece: piece.slug });
  const minutes = readingMinutes(piece, tier);
  const sections = sectionsAt(piece, tier);
  const key = pieceKey({ track: piece.track, piece: piece.slug });
  const { Content, questions, loadKey } = usePieceModule(key, tier);
  // The text is made once per altitude: the page's own updates (saved progress arriving, the rest of the
  // text becoming interactive) re-render the page, not its prose.
  const head = useMemo(() => <Content components={registry} />, [Content]);
  const questionMap = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const answers = useMemo(() => answerKeySource(`${key}/${tier}`, loadKey), [key, tier, loadKey]);
  const lesson = useMemo<Lesson>(
    () => ({
      piece,
      tier,
      hrefAt: (at, id) => piecePath(piece, at, id),
      sectionTitle: (slug, id) => findPiece(tracks, { track: piece.track, piece: slug })?.piece.sections.find((s) => s.id === id)?.title ?? null,
      questions: questionMap,
      answers,
    }),
    [piece, tier, questionMap, answers],
  );
  const hydrated = useProgressHydrated();
  useAnswerKeyWhenIdle(answers);
  const answerKey = useAnswerKey(answers);

  useEffect(() => {
    if (hydrated && answerKey) store.getState().dropStale([...answerKey.values()]);
  }, [hydrated, answerKey]);

  useRememberPlace(piece, tier, pinned, hydrated);

  useEffect(() => whenIdle(() => prefetchOtherTiers(key, tier), { fallbackMs: 1500 }), [key, tier]);
  const [announcement, setAnnouncement] = useState("");
  // The altitude whose whole text React has taken over (the rest of the piece hydrates after its first part).
  const [completeAt, setCompleteAt] = useState<Tier | null>(null);
  const markComplete = useCallback((at: Tier) => startTransition(() => setCompleteAt(at)), []);
  const previousTier = useRef(tier);

  useLayoutEffectInBrowser(() => {
    if (previousTier.current === tier) return;
    previousTier.current = tier;
    restoreReadingPosition();
    setAnnouncement(t("tier.switched", { tier: tierName(tier).toLowerCase(), minutes }));
  }, [tier, minutes]);

  useEffect(() => {
    document.title = `${piece.title} (${tierName(tier)}) · ${t("site.name")}`;
  }, [piece.title, tier]);

  return (
    <LessonContext.Provider value={lesson}>
      <article className="piece" data-tier={tier} aria-labelledby="piece-title">
        <header className="piece-header">
          <p className="piece-track">
            <Link to="/" className="back-link">
              <span aria-hidden="true">↑ </span>
              {t("nav.backToClimb")}
            </Link>
            <span className="track-name">{track.title}</span>
          </p>
          <h1 id="piece-title">{piece.title}</h1>
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
              {t("piece.readingTime", { minutes })}
            </p>
          </div>
          <PieceProgress piece={piece} tier={tier} />
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
        </header>
        {/* A fallback altitude is neither remembered nor replaced by the remembered one: the notice explains the page. */}
        <RememberedAltitude piece={piece} tier={tier} pinned={pinned} active={hydrated && unknownTier === undefined} />
        {unknownTier !== undefined && <UnknownTierNotice given={unknownTier} tier={tier} />}
        <SectionNotice piece={piece} tier={tier} />
        <Contents sections={sections} />
        <div className="piece-body" data-complete={completeAt === tier ? "" : undefined}>
          {head}
          <RestOfPiece pieceKey={key} tier={tier} onShown={markComplete} />
        </div>
        <AnswerKey />
        <Sources sources={piece.sources} />
        {next && (
          <nav className="continue" aria-label={t("nav.continue")}>
            <p className="continue-label">{t("nav.continue")}</p>
            <Link to={piecePath(next, tier)} className="continue-link">
              <span aria-hidden="true">↑ </span>
              {next.title}
            </Link>
          </nav>
        )}
      </article>
    </LessonContext.Provider>
  );
}

/** The altitude a page without one in its address is about to move to: the remembered one, when it differs. */
function rememberedElsewhere(tier: Tier, pinned: boolean, preferred: Tier | null): Tier | null {
  return !pinned && preferred && preferred !== tier ? preferred : null;
}

/**
 * A piece opened without an altitude in its address opens at the altitude the learner chose last. An address
 * pinned to another altitude (a review's link, an instructor's) opens there and leaves the learner's choice
 * alone, and says so, with a way back and a way to make it theirs. A component of its own, so that a change
 * of the remembered altitude re-renders nothing but this.
 */
function RememberedAltitude({ piece, tier, pinned, active }: { piece: PieceMeta; tier: Tier; pinned: boolean; active: boolean }) {
  const navigate = useNavigate();
  const location = useLocation();
  const preferred = useProgress((s) => s.preferences.tier);
  useEffect(() => {
    if (!active) return;
    const elsewhere = rememberedElsewhere(tier, pinned, preferred);
    if (elsewhere) navigate(`${piecePath(piece, elsewhere)}${location.hash}`, { replace: true });
  }, [active, pinned, preferred, tier, piece, navigate, location.hash]);
  if (!active || !pinned || !preferred || preferred === tier) return null;
  return (
    <div className="notice notice-altitude" role="status">
      <p>{t("tier.pinned", { tier: tierName(tier).toLowerCase(), chosen: tierName(preferred).toLowerCase() })}</p>
      <p className="notice-actions">
        <Link to={`${piecePath(piece, preferred)}${location.hash}`} className="button">
          {t("tier.backToChosen", { tier: tierName(preferred).toLowerCase() })}
        </Link>
        <button type="button" onClick={() => store.getState().chooseTier(tier)}>
          {t("tier.makeMine", { tier: tierName(tier).toLowerCase() })}
        </button>
      </p>
    </div>
  );
}

/** Remembers the section being read, for "continue where you left off". */
function useRememberPlace(piece: PieceMeta, tier: Tier, pinned: boolean, hydrated: boolean) {
  useEffect(() => {
    if (!hydrated) return;
    // An address without an altitude is about to open at the remembered one (RememberedAltitude); that is the place.
    if (rememberedElsewhere(tier, pinned, store.getState().preferences.tier)) return;
    const remember = (section: string | null) =>
      store.getState().rememberPlace({ track: piece.track, piece: piece.slug, tier, section, at: Date.now() });
    remember(store.getState().preferences.lastPlace?.piece === piece.slug ? (store.getState().preferences.lastPlace?.section ?? null) : null);
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
    const watch = () => document.querySelectorAll(".piece-body h2[id]").forEach((h) => observer.observe(h));
    watch();
    const more = new MutationObserver(watch);
    const body = document.querySelector(".piece-body");
    if (body) more.observe(body, { childList: true, subtree: true });
    return () => {
      window.clearTimeout(timer);
      observer.disconnect();
      more.disconnect();
    };
  }, [piece, tier, pinned, hydrated]);
}

/** `onShown` hears which altitude's rest of the text is on screen and interactive. */
type RestProps = { pieceKey: string; tier: Tier; onShown: (tier: Tier) => void };

/**
 * The part of the text after the first screens, in its own boundary. Memoized, boundary included: while
 * it is still hydrating, a re-render of the page above must not reach it (React would drop its
 * prerendered text and render it afresh).
 */
const RestOfPiece = memo(function RestOfPiece(props: RestProps) {
  return (
    <Suspense fallback={<p className="piece-loading">{t("piece.loading")}</p>}>
      <RestText {...props} />
    </Suspense>
  );
});

function RestText({ pieceKey: key, tier, onShown }: RestProps) {
  const lesson = useLesson();
  useEffect(() => onShown(tier), [onShown, tier]);
  const { Content, questions } = usePieceModule(key, tier, "rest");
  const withRest = useMemo<Lesson>(() => ({ ...lesson, questions: new Map([...lesson.questions, ...questions.map((q) => [q.id, q] as const)]) }), [lesson, questions]);
  return (
    <LessonContext.Provider value={withRest}>
      <Content components={registry} />
    </LessonContext.Provider>
  );
}

/** Says which altitude the address asked for and which one is shown instead. The text comes from the address, so it is cut short. */
function UnknownTierNotice({ given, tier }: { given: string; tier: Tier }) {
  const altitude = given.length > 40 ? `${given.slice(0, 40)}…` : given;
  return (
    <div className="notice" role="status">
      <p>{t("url.unknownTier", { altitude, tier: tierName(tier).toLowerCase() })}</p>
    </div>
  );
}

/** A hash as typed in an address may not be valid percent-encoding; it is then read as it is. */
function decodeHash(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Says so when a link targets a section the current altitude does not show, and offers the switch. */
function SectionNotice({ piece, tier }: { piece: PieceMeta; tier: Tier }) {
  const location = useLocation();
  const [hash, setHash] = useState("");
  useEffect(() => setHash(decodeHash(location.hash.slice(1))), [location.hash]);

  useEffect(() => {
    if (!hash) return;
    const section = findSection(piece, hash);
    if ((section && section.tiers.includes(tier)) || hash.startsWith("exercise-")) return scrollToSectionWhenPresent(hash);
  }, [hash, piece, tier]);

  if (!hash || hash === leadSectionId || hash.startsWith("source-") || hash.startsWith("exercise-")) return null;
  const section = findSection(piece, hash);
  if (section && section.tiers.includes(tier)) return null;
  if (!section) {
    if (typeof document !== "undefined" && document.getElementById(hash)) return null;
    return (
      <div className="notice" role="status">
        <p>{t("section.unknown", { id: hash })}</p>
      </div>
    );
  }
  const target = lowestTierShowing(section);
  return (
    <div className="notice" role="status">
      <p>{t("section.notAtTier", { title: section.title, target: tierName(target).toLowerCase(), tier: tierName(tier).toLowerCase() })}</p>
      <Link to={piecePath(piece, target, section.id)} className="button">
        {t("section.switchTo", { target: tierName(target).toLowerCase() })}
      </Link>
    </div>
  );
}
