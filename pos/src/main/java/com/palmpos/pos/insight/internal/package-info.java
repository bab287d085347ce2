/**
 * How insight is computed: history folding with recency decay, favourite ranking, the three-signal scorer, the
 * category-diverse top-k selection, and the evaluation baselines. Not a public API.
 */
package com.palmpos.pos.insight.internal;
