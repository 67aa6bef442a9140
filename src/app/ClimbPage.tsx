import { useEffect, useState } from "react";
import { Link } from "react-router";
import { findPiece, readingMinutes, tracks, type PieceMeta } from "../course";
import { isDue } from "../exercises/due";
import { exerciseAnchor } from "../exercises/ExerciseFrame";
import { piecePath } from "../lesson/PiecePage";
import { useProgressHydrated } from "../progress/hydration";
import { useProgress } from "../progress/store";
import { summarizeProgress } from "../progress/summary";
import { t, tierName } from "../ui/strings";
import { ProgressTransfer } from "./ProgressTransfer";

/** The root page: every track and its pieces in climbing order, with progress and what is due for recall. */
export function ClimbPage() {
  useEffect(() => {
    document.title = `${t("climb.title")} · ${t("site.name")}`;
  }, []);
  const hydrated = useProgressHydrated();
  return (
    <div className="climb">
      <h1>{t("climb.title")}</h1>
      <p className="climb-intro">{t("climb.intro")}</p>
      {hydrated && <ContinueReading />}
      {hydrated && <DueForRecall />}
      {tracks.map((track) => (
        <section key={track.slug} className="track" aria-labelledby={`track-${track.slug}`}>
          <h2 id={`track-${track.slug}`}>{track.title}</h2>
          <p>{track.summary}</p>
          <ol className="track-pieces">
            {track.pieces.map((piece) => (
              <li key={piece.slug} className="track-piece">
                <h3>
                  <Link to={`/${track.slug}/${piece.slug}`}>{piece.title}</Link>
                </h3>
                <p>{piece.summary}</p>
                <p className="piece-facts">
                  {t("piece.readingTimeShort", { minutes: readingMinutes(piece, "junior") })}
                  {hydrated && <PieceProgressLine piece={piece} />}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <ProgressTransfer />
    </div>
  );
}

function ContinueReading() {
  const place = useProgress((s) => s.preferences.lastPlace);
  if (!place) return null;
  const found = findPiece(tracks, { track: place.track, piece: place.piece });
  if (!found) return null;
  const section = place.section ? found.piece.sections.find((s) => s.id === place.section) : undefined;
  return (
    <section className="resume" aria-labelledby="resume-title">
      <h2 id="resume-title">{t("resume.title")}</h2>
      <p>
        <Link to={piecePath(found.piece, place.tier, section?.id)}>
          {t("resume.link", { piece: found.piece.title, tier: tierName(place.tier).toLowerCase() })}
          {section ? `, ${t("resume.section", { section: section.title })}` : ""}
        </Link>
      </p>
    </section>
  );
}

function PieceProgressLine({ piece }: { piece: PieceMeta }) {
  const answers = useProgress((s) => s.answers);
  const recall = useProgress((s) => s.recall);
  if (piece.exercises.length === 0) return null;
  const summary = summarizeProgress(piece.exercises, answers, recall);
  return <span className="piece-progress-line"> · {summary.done === 0 ? t("progress.none") : t("progress.piece", summary)}</span>;
}

function DueForRecall() {
  const recall = useProgress((s) => s.recall);
  const [now] = useState(() => Date.now());
  const due = tracks.flatMap((track) =>
    track.pieces.flatMap((piece) =>
      piece.exercises.filter((e) => e.kind === "recall" && isDue(recall[e.id], now)).map((e) => ({ piece, exercise: e })),
    ),
  );
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
              <Link to={piecePath(piece, exercise.tiers[0], exerciseAnchor(exercise.id))}>{exercise.prompt}</Link>
              <span className="due-piece"> ({piece.title})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
