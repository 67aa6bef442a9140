import { Suspense, useEffect, useState } from "react";
import type { ClimbPageData, ClimbPiece } from "../course/pages";
import { pieceKey } from "../course/pages";
import { defaultTier, type Tier } from "../course/tiers";
import { piecePath, sandboxPath } from "../course/urls";
import { isDue } from "../exercises/due";
import { exerciseAnchor } from "../exercises/ExerciseFrame";
import { useProgressHydrated } from "../progress/hydration";
import { useProgress } from "../progress/store";
import { outcomesText, reviewProgress, summarizeProgress } from "../progress/summary";
import { AppLink } from "../ui/AppLink";
import type { Shown } from "../ui/navigation";
import { tierName } from "../ui/strings";
import { t } from "./climbStrings";
import { lazyPart } from "./lazyPart";

// Below the lists, and of use only once the app runs: fetched once the page has started, not with it (the
// prerendered page has none of it, so hydration has nothing to wait for).
const ProgressTransfer = lazyPart(() => import("./ProgressTransfer"), () => t("climb.transferFailed"), (m) => m.ProgressTransfer);

/** The root page: every track and its pieces in climbing order, with progress and what is due for recall. */
export default function ClimbPage({ shown }: { shown: Shown }) {
  const page = shown.page as ClimbPageData;
  useEffect(() => {
    document.title = page.head.title;
  }, [page.head.title]);
  const hydrated = useProgressHydrated();
  const chosen = useProgress((s) => s.preferences.tier);
  // Reading time and progress at the learner's altitude, once it is known; the prerendered page shows junior's.
  const tier = hydrated ? (chosen ?? defaultTier) : defaultTier;
  const pieces = page.tracks.flatMap((track) => track.pieces);
  return (
    <div className="climb">
      <h1>{t("climb.title")}</h1>
      <p className="climb-intro">{t("climb.intro")}</p>
      <p className="climb-sandbox">
        <AppLink to={sandboxPath}>{t("climb.sandbox")}</AppLink>: {t("climb.sandboxNote")}
      </p>
      {hydrated && <ContinueReading pieces={pieces} />}
      {hydrated && <DueForRecall pieces={pieces} />}
      {page.tracks.map((track) => (
        <section key={track.slug} className="track" aria-labelledby={`track-${track.slug}`}>
          <h2 id={`track-${track.slug}`}>{track.title}</h2>
          <p>{track.summary}</p>
          <ol className="track-pieces">
            {track.pieces.map((piece) => (
              <li key={piece.slug} className="track-piece">
                <h3>
                  <AppLink to={piecePath(piece)}>{piece.title}</AppLink>
                </h3>
                <p>{piece.summary}</p>
                <p className="piece-facts">
                  {t("piece.readingTimeAt", { minutes: piece.minutes[tier], tier: tierName(tier).toLowerCase() })}
                  {hydrated && <PieceProgressLine piece={piece} tier={tier} />}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {hydrated && (
        <Suspense fallback={null}>
          <ProgressTransfer />
        </Suspense>
      )}
    </div>
  );
}

function ContinueReading({ pieces }: { pieces: ClimbPiece[] }) {
  const place = useProgress((s) => s.preferences.lastPlace);
  if (!place) return null;
  const piece = pieces.find((p) => p.track === place.track && p.slug === place.piece);
  if (!piece) return null;
  const section = place.section ? piece.sections.find((s) => s.id === place.section) : undefined;
  return (
    <section className="resume" aria-labelledby="resume-title">
      <h2 id="resume-title">{t("resume.title")}</h2>
      <p>
        <AppLink to={piecePath(piece, place.tier, section?.id)}>
          {t("resume.link", { piece: piece.title, tier: tierName(place.tier).toLowerCase() })}
          {section ? `, ${t("resume.section", { section: section.title })}` : ""}
        </AppLink>
      </p>
    </section>
  );
}

function PieceProgressLine({ piece, tier }: { piece: ClimbPiece; tier: Tier }) {
  const answers = useProgress((s) => s.answers);
  const recall = useProgress((s) => s.recall);
  const attempt = useProgress((s) => s.reviews[pieceKey({ track: piece.track, piece: piece.slug })]);
  if (piece.review) {
    const review = reviewProgress(attempt);
    const text = !review
      ? t("progress.reviewNone")
      : review.finished
        ? t("progress.reviewDone", { right: review.right, total: review.total })
        : t("progress.reviewGoing", { answered: review.answered, total: review.total });
    return <span className="piece-progress-line"> · {text}</span>;
  }
  const exercises = piece.exercises.filter((e) => e.tiers.includes(tier));
  if (exercises.length === 0) return null;
  const summary = summarizeProgress(exercises, answers, recall);
  const at = tierName(tier).toLowerCase();
  return (
    <span className="piece-progress-line">
      {" "}
      · {summary.done === 0 ? t("progress.none", { tier: at }) : `${t("progress.piece", { done: summary.done, total: summary.total, tier: at })}${outcomesText(summary)}`}
    </span>
  );
}

function DueForRecall({ pieces }: { pieces: ClimbPiece[] }) {
  const recall = useProgress((s) => s.recall);
  const chosen = useProgress((s) => s.preferences.tier) ?? defaultTier;
  const [now] = useState(() => Date.now());
  const due = pieces.flatMap((piece) => piece.exercises.filter((e) => e.kind === "recall" && isDue(recall[e.id], now)).map((e) => ({ piece, exercise: e })));
  const anyScheduled = Object.values(recall).some((r) => r.card);
  if (!anyScheduled) return null;
  return (
    <section className="due" aria-labelledby="due-title">
      <h2 id="due-title">{t("recall.dueList")}</h2>
      {due.length === 0 ? (
        <p>{t("recall.noneDue")}</p>
      ) : (
        <ul>
          {due.map(({ piece, exercise }) => (
            <li key={exercise.id}>
              <AppLink to={piecePath(piece, exercise.tiers.includes(chosen) ? chosen : exercise.tiers[0], exerciseAnchor(exercise.id))}>{exercise.prompt}</AppLink>
              <span className="due-piece"> ({piece.title})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
