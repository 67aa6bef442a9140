import { useEffect } from "react";
import { Link } from "react-router";
import { readingMinutes, tracks } from "../course";
import { t } from "../ui/strings";

/** The root page: every track and its pieces, in climbing order. */
export function ClimbPage() {
  useEffect(() => {
    document.title = `${t("climb.title")} · ${t("site.name")}`;
  }, []);
  return (
    <div className="climb">
      <h1>{t("climb.title")}</h1>
      <p className="climb-intro">{t("climb.intro")}</p>
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
                <p className="piece-facts">{t("piece.readingTimeShort", { minutes: readingMinutes(piece, "junior") })}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
