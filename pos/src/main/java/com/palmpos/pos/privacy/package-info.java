/**
 * Privacy at the terminal: data-subject requests ({@link com.palmpos.pos.privacy.PrivacyService}), the retention job
 * ({@link com.palmpos.pos.privacy.RetentionJob}), the second factor above a palm payment amount
 * ({@link com.palmpos.pos.privacy.SecondFactorPolicy}) and audited palm payments
 * ({@link com.palmpos.pos.privacy.PalmPayments}).
 */
package com.palmpos.pos.privacy;
