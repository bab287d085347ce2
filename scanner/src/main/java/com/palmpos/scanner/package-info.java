/**
 * PalmPOS palm engine: from a camera image of an open hand to "customer X" or "nobody we know".
 *
 * <p>The public face is small: {@link com.palmpos.scanner.PalmEngine} extracts a
 * {@link com.palmpos.scanner.PalmTemplate} (or a {@link com.palmpos.scanner.FailureReason}) from a
 * {@link java.awt.image.BufferedImage}; {@link com.palmpos.scanner.Enrollment} fuses 3-5 captures into one template;
 * {@link com.palmpos.scanner.PalmMatcher} compares two templates; {@link com.palmpos.scanner.PalmGallery} searches
 * many; {@link com.palmpos.scanner.DecisionThreshold} turns a target false-match rate into a distance limit;
 * {@link com.palmpos.scanner.Parameters} holds every tuning constant. Everything under {@code internal} is image
 * maths that may change without notice.
 *
 * <p>Pipeline ({@code internal.PalmPipeline}): skin segmentation -> finger valleys -> palm ROI normalised for
 * rotation, scale and translation (128 px) -> quality gate -> pooled BOCV orientation code -> template.
 */
package com.palmpos.scanner;
