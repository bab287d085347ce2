/**
 * Customer insight for the counter: when a returning customer is recognised, their favourites (one-tap reorder) and a
 * few recommendations for this visit, each with a short reason for the cashier screen.
 *
 * <p>Entry point: {@link com.palmpos.pos.insight.InsightEngine#insightFor}. Inputs are this package's own small
 * immutable records ({@link com.palmpos.pos.insight.PastOrder}, {@link com.palmpos.pos.insight.CatalogueItem},
 * {@link com.palmpos.pos.insight.DietaryProfile}, {@link com.palmpos.pos.insight.CustomerVisit}) so the engine does
 * not depend on how orders and menus are stored; store-wide counts come from
 * {@link com.palmpos.pos.insight.StoreStats.Builder}, fed incrementally as orders close. Every constant lives in
 * {@link com.palmpos.pos.insight.InsightParameters}. {@link com.palmpos.pos.insight.HitRateEvaluation} measures
 * hit rate at 3 against simple baselines on any set of histories. Everything under {@code internal} may change.
 */
package com.palmpos.pos.insight;
