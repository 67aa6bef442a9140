// The words of the pages shown when an address has no page, or its page could not be fetched.
import { dictionary } from "../ui/strings";

const strings = {
  "notFound.title": "Nothing at this address",
  "notFound.body": "There is no page at {path}. The link may be mistyped, or the piece may have moved.",
  "notFound.back": "Go to the climb",
  "pageFailed.title": "This page could not be loaded",
  "pageFailed.body": "The page at {path} could not be fetched ({reason}). Check the connection and try again.",
  "pageFailed.retry": "Try again",
  "pageFailed.reload": "Load the page afresh",
} as const;

export const t = dictionary(strings);
