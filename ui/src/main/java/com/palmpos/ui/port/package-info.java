/**
 * Ports: what the UI needs from the rest of PalmPOS, as small plain-Java interfaces and values (no JavaFX).
 * The application implements them on top of pos and sync; the UI calls them only through a
 * {@link com.palmpos.ui.task.TaskRunner}, never on the FX thread.
 */
package com.palmpos.ui.port;
