/**
 * Screens of the shell, each a View (JavaFX nodes, bindings only) and a ViewModel (state and logic, no scene graph,
 * unit-tested without an FX thread). Not API: only {@code com.palmpos.ui} creates them.
 */
package com.palmpos.ui.internal;
