/**
 * The shipped NER tagger: the weights in ../model/ner.json, decoded on first use (under
 * 10 ms, once per page context), and tagging one sentence at a time so callers can cut work
 * into bounded chunks (run.ts does that over the entity stage's tokens).
 */
import modelFile from '../model/ner.json';
import { type DocContext, EMPTY_CONTEXT } from './features';
import { loadModel, type ModelFile, type Tag, tagWords, type Weights } from './model';

export { docContext, type DocContext, EMPTY_CONTEXT } from './features';
export { TAGS, type Tag } from './model';

let weights: Weights | null = null;

/** The shipped weights, decoded once. */
export function shippedWeights(): Weights {
  weights ??= loadModel(modelFile as unknown as ModelFile);
  return weights;
}

/** Tags one sentence (a list of words) with the shipped model. */
export function tagSentence(words: readonly string[], ctx: DocContext = EMPTY_CONTEXT, w: Weights = shippedWeights()): Tag[] {
  return tagWords(words, w, ctx);
}
