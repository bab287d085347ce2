/**
 * Running blocking work off the FX thread with callbacks on it: {@link com.palmpos.ui.task.TaskRunner}, its FX
 * implementation and a same-thread one for tests.
 */
package com.palmpos.ui.task;
