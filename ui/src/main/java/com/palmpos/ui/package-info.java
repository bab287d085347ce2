/**
 * PalmPOS terminal UI, the part the application wires: {@link com.palmpos.ui.TerminalShell} (cashier window,
 * customer display, manager area), its typed {@link com.palmpos.ui.UiSettings}, {@link com.palmpos.ui.TerminalInfo}
 * and the {@link com.palmpos.ui.ShellPorts} it calls. Screens live under {@code internal} and are not API.
 */
package com.palmpos.ui;
