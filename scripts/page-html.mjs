// Puts a rendered page into the app's HTML template: its title, description and text. Shared by the build's
// prerender (scripts/prerender.mjs) and the development server (scripts/dev-pages.mjs), so that what an author
// previews with `npm start` is the page a learner gets.

export const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const rootPlaceholder = '<div id="root" data-path=""><!--app--></div>';

/** `attributes` are extra attributes for #root, already escaped. */
export function pageHtml(template, rendered, appPath, attributes = "") {
  if (!template.includes(rootPlaceholder)) throw new Error(`index.html has no ${rootPlaceholder} to put the page into`);
  return template
    .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(rendered.title)}</title>`)
    .replace('<meta name="description" content="" />', `<meta name="description" content="${escapeHtml(rendered.description)}" />`)
    .replace(rootPlaceholder, `<div id="root" data-path="${escapeHtml(appPath)}"${attributes}>${rendered.html}</div>`);
}
