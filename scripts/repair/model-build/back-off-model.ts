// A word trigram back-off model in memory while it is built: ARPA-style entries as parallel typed arrays, sorted by
// history then word, natural-log probabilities and back-off weights.

export interface BackOffModel {
  /** Indexed by word id (the source's ids); NaN where the model has no unigram for the id. */
  unigramLogProb: Float64Array;
  unigramLogBackoff: Float64Array;
  bigramHistory: Uint32Array;
  bigramWord: Uint32Array;
  bigramLogProb: Float64Array;
  bigramLogBackoff: Float64Array;
  trigramFirst: Uint32Array;
  trigramSecond: Uint32Array;
  trigramWord: Uint32Array;
  trigramLogProb: Float64Array;
}
