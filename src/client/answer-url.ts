/**
 * The address to share for one answer: this page's absolute URL (origin and configured base
 * included, as the reader sees it) with the answer's id as the fragment; any search query or
 * earlier fragment is dropped.
 */
export function answerUrl(pageHref: string, id: string): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = id;
  return url.href;
}
