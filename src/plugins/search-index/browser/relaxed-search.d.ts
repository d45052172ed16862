/** Types of relaxed-search.js (browser JavaScript, served as is). */
export interface SearchResult {
  id: string;
  score: number;
}
export interface SearchResponse<R extends SearchResult = SearchResult> {
  results: R[];
}
export function queryWords(term: string): string[];
export function relaxedSearch<R extends SearchResult, T extends SearchResponse<R>>(search: (term: string) => Promise<T | null>, term: string, enough?: number): Promise<T | null>;
