package com.palmpos.app.support;

import com.palmpos.app.cli.ConfigOptions;
import com.palmpos.pos.audit.AuditVerification;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code palmpos audit verify}: walks the audit log's hash chain and checks it against the head anchored outside the
 * database; exit 0 when intact, 1 with the first bad entry. Read-only apart from moving the anchor forward; the
 * terminal must be stopped (the data directory lock).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the terminal's audit log.",
        subcommands = AuditCommand.Verify.class)
public final class AuditCommand {
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Walk the audit log's hash chain; exit 1 with the first bad entry.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (SupportDesk desk = SupportDesk.open(options.load())) {
                AuditVerification v = desk.audit.verify();
                if (v.intact()) {
                    PrintWriter out = spec.commandLine().getOut();
                    out.println("audit log intact: " + v.rowsChecked() + " entries checked");
                    out.flush();
                    return 0;
                }
                PrintWriter err = spec.commandLine().getErr();
                err.println("audit log broken at entry " + v.brokenAt().map(String::valueOf).orElse("?") + ": "
                        + v.problem().orElseThrow() + " (" + v.rowsChecked() + " entries read)");
                err.flush();
                return 1;
            }
        }
    }
}
