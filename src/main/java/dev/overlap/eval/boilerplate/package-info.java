/**
 * Evaluation of the boilerplate filter on public benchmarks: the ScrapingHub article-extraction
 * benchmark (4-gram shingle precision and recall, as upstream) and WCXB (word-bag F1 and the share
 * of boilerplate snippets that leak into the output), beside the published figures of other
 * extractors.
 */
@NullMarked
package dev.overlap.eval.boilerplate;

import org.jspecify.annotations.NullMarked;
