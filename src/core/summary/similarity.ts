/**
 * TF-IDF sentence vectors and their cosine similarities. The IDF is computed
 * over the article's own sentences: a term in every sentence (the subject of
 * the story) says little about which sentence is central, a term shared by a
 * few sentences ties them together.
 */

export type TermVector = Map<string, number>;

/** One TF-IDF vector per sentence, each normalised to unit length (empty sentences give empty vectors). */
export function tfidfVectors(sentences: readonly (readonly string[])[]): TermVector[] {
  const documentFrequency = new Map<string, number>();
  for (const terms of sentences) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const count = sentences.length;
  return sentences.map((terms) => {
    const vector: TermVector = new Map();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    let norm = 0;
    for (const [term, tf] of vector) {
      const weight = tf * Math.log(1 + count / (documentFrequency.get(term) ?? 1));
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

/** Cosine similarity of two unit vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot;
}

/** The symmetric matrix of pairwise similarities, with zeros on the diagonal. */
export function similarityMatrix(vectors: readonly TermVector[]): number[][] {
  const matrix = vectors.map(() => new Array<number>(vectors.length).fill(0));
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const value = cosine(vectors[i]!, vectors[j]!);
      matrix[i]![j] = value;
      matrix[j]![i] = value;
    }
  }
  return matrix;
}
