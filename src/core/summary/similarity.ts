/**
 * TF-IDF sentence vectors and their cosine similarities. The IDF is computed
 * over the article's own sentences: a term in every sentence (the subject of
 * the story) says little about which sentence is central, a term shared by a
 * few sentences ties them together.
 */

/** A sparse unit vector: term ids in increasing order, with their weights. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** One TF-IDF vector per sentence, each normalised to unit length (empty sentences give empty vectors). */
export function tfidfVectors(sentences: readonly (readonly string[])[]): TermVector[] {
  const idOf = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counts = sentences.map((terms) => {
    const tf = new Map<number, number>();
    for (const term of terms) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(term, id);
        documentFrequency.push(0);
      }
      const seen = tf.get(id);
      if (seen === undefined) documentFrequency[id]!++;
      tf.set(id, (seen ?? 0) + 1);
    }
    return tf;
  });
  return counts.map((tf) => {
    const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(ids, (id) => tf.get(id)! * Math.log(1 + sentences.length / documentFrequency[id]!));
    const norm = Math.hypot(...weights);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { ids, weights };
  });
}

/** Cosine similarity of two unit vectors (a merge over their sorted ids). */
export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
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
