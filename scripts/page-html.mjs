// Puts a rendered page into the app's HTML template: its title, description, markup, and its data (which
// the browser reads to take the page over). Shared by the build's prerender (scripts/prerender.mjs) and the
// development server (scripts/dev-pages.ts), so that what an author previews with `npm start` is the page a
// learner gets.

export const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const rootPlaceholder = '<div id="root" data-path=""><!--app--></div>';

/** JSON that cannot end the element it sits in, whatever its strings hold. */
export const safeJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

/** `attributes` are extra attributes for #root, already escaped. */
export function pageHtml(template, rendered, appPath, attributes = "") {
  if (!template.includes(rootPlaceholder)) throw new Error(`index.html has no ${rootPlaceholder} to put the page into`);
  const { path, page } = rendered.envelope;
  // The page's data, not a script: the browser never runs it (type="application/json").
  const data = `<script type="application/json" id="seams-page">${safeJson({ path, page })}</script>`;
  return template
    .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(rendered.title)}</title>`)
    .replace('<meta name="description" content="" />', `<meta name="description" content="${escapeHtml(rendered.description)}" />`)
    .replace(rootPlaceholder, `<div id="root" data-path="${escapeHtml(appPath)}"${attributes}>${rendered.html}</div>\n    ${data}`);
}

/** What a page reached by navigation fetches: its data and its blocks' markup. */
export function pageJson(rendered) {
  return JSON.stringify(rendered.envelope);
}
