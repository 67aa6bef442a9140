// The words of the notices a piece's address can call for (src/lesson/PieceNotices.tsx), fetched with them.
import { dictionary } from "../ui/strings";

const strings = {
  "tier.pinned": "This link opens the piece at {tier} altitude; your altitude is {chosen}, and stays so.",
  "tier.backToChosen": "Read at {tier} altitude",
  "tier.makeMine": "Make {tier} my altitude",
  "section.notAtTier": "The section “{title}” is part of the {target} altitude; you are reading at {tier}.",
  "section.switchTo": "Read at {target} altitude",
  "section.unknown": "This piece has no section “{id}”. Showing the piece from the top.",
  "url.unknownTier": "There is no altitude “{altitude}”; showing {tier}.",
} as const;

export const t = dictionary(strings);
