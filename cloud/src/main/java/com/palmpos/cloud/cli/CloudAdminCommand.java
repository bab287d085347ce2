package com.palmpos.cloud.cli;

import com.palmpos.cloud.CloudAdmin;
import com.palmpos.cloud.internal.CloudDatabase;
import com.palmpos.pos.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code palmpos cloud admin ...}: a chain admin's commands, run against the cloud's database. A refusal prints one
 * sentence to stderr and exits with 1; a bad command line exits with 2.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Administer the cloud: chains, stores, activation codes, terminals, menus (on the cloud's"
                + " database: --data DIR, or --db URL with the password in " + CloudCommand.PASSWORD_VARIABLE + ").",
        subcommands = {CloudAdminCommand.Chain.class, CloudAdminCommand.Store.class, CloudAdminCommand.Code.class,
                CloudAdminCommand.Terminal.class, CloudAdminCommand.MenuImport.class,
                CloudAdminCommand.RotateMasterKey.class})
public final class CloudAdminCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code work} on the database; a refusal becomes one line on stderr and exit code 1. */
    static int run(CommandSpec spec, AdminDatabase database, Function<CloudAdmin, String> work) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CloudDatabase db = database.open()) {
            out.println(work.apply(new CloudAdmin(db, Clock.systemUTC())));
            out.flush();
            return 0;
        } catch (IllegalArgumentException | StoreException e) {
            err.println("palmpos cloud admin: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    @Command(name = "chain", mixinStandardHelpOptions = true, description = "Chains of stores.")
    static final class Chain {
        @Spec
        CommandSpec spec;

        @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a chain.")
        int create(@Mixin AdminDatabase db,
                   @Option(names = "--id", required = true, description = "chain id, e.g. north-burgers") String id,
                   @Option(names = "--name", required = true, description = "display name") String name) {
            return run(spec, db, admin -> {
                admin.createChain(id, name);
                return "chain " + id + " created";
            });
        }
    }

    @Command(name = "store", mixinStandardHelpOptions = true, description = "Stores of a chain.")
    static final class Store {
        @Spec
        CommandSpec spec;

        @Command(name = "create", mixinStandardHelpOptions = true,
                description = "Open a store in a chain (demo menu until 'menu import').")
        int create(@Mixin AdminDatabase db,
                   @Option(names = "--chain", required = true, description = "the chain's id") String chain,
                   @Option(names = "--id", required = true, description = "store id, e.g. nb-paris-1") String id,
                   @Option(names = "--name", required = true, description = "name on receipts") String name) {
            return run(spec, db, admin -> {
                admin.createStore(chain, id, name);
                return "store " + id + " created in chain " + chain;
            });
        }
    }

    @Command(name = "code", mixinStandardHelpOptions = true, description = "Activation codes.")
    static final class Code {
        @Spec
        CommandSpec spec;

        @Command(name = "issue", mixinStandardHelpOptions = true,
                description = "Issue a one-time, case-exact activation code for one new terminal of a store.")
        int issue(@Mixin AdminDatabase db,
                  @Option(names = "--store", required = true, description = "the store's id") String store,
                  @Option(names = "--valid-hours", defaultValue = "24",
                          description = "hours the code stays valid, 1..720 (default: ${DEFAULT-VALUE})") int hours) {
            if (hours < 1 || hours > 720) {
                spec.commandLine().getErr().println("palmpos cloud admin: --valid-hours must be 1..720, was " + hours);
                spec.commandLine().getErr().flush();
                return 2;
            }
            return run(spec, db, admin -> admin.issueActivationCode(store, Duration.ofHours(hours))
                    + "  (one terminal, valid " + hours + " h, type it exactly as shown)");
        }
    }

    @Command(name = "terminal", mixinStandardHelpOptions = true, description = "Registered terminals.")
    static final class Terminal {
        @Spec
        CommandSpec spec;

        @Command(name = "list", mixinStandardHelpOptions = true, description = "List terminals (never their tokens).")
        int list(@Mixin AdminDatabase db,
                 @Option(names = "--store", description = "only this store's terminals") String store) {
            return run(spec, db, admin -> {
                List<CloudAdmin.TerminalInfo> terminals = admin.terminals(store);
                StringBuilder text = new StringBuilder(String.format("%-22s %-16s %-20s %-22s %s",
                        "TERMINAL", "STORE", "NAME", "TOKEN ISSUED", "STATE"));
                for (CloudAdmin.TerminalInfo t : terminals) {
                    text.append(System.lineSeparator()).append(String.format("%-22s %-16s %-20s %-22s %s",
                            t.terminalId(), t.storeId(), t.name(), t.tokenIssuedAt() == null ? "-" : t.tokenIssuedAt(),
                            t.revoked() ? "revoked " + t.revokedAt() : "active"));
                }
                return text.append(System.lineSeparator()).append(terminals.size()).append(" terminal(s)").toString();
            });
        }

        @Command(name = "revoke", mixinStandardHelpOptions = true,
                description = "Revoke a terminal: its tokens stop working at once (it must register again).")
        int revoke(@Mixin AdminDatabase db,
                   @Option(names = "--id", required = true, description = "the terminal's id") String id) {
            return run(spec, db, admin -> {
                admin.revokeTerminal(id);
                return "terminal " + id + " revoked";
            });
        }
    }

    @Command(name = "menu", mixinStandardHelpOptions = true, description = "Store menus.")
    static final class MenuImport {
        @Spec
        CommandSpec spec;

        @Command(name = "import", mixinStandardHelpOptions = true,
                description = "Publish a menu (API v1 Menu JSON) for a store; terminals pull it within minutes.")
        int importMenu(@Mixin AdminDatabase db,
                       @Option(names = "--store", required = true, description = "the store's id") String store,
                       @Option(names = "--file", required = true, description = "the menu JSON file") Path file) {
            String menu;
            try {
                menu = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                String why = e instanceof java.nio.file.NoSuchFileException ? "there is no such file"
                        : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "it is not readable";
                spec.commandLine().getErr().println("palmpos cloud admin: cannot read " + file + ": " + why);
                spec.commandLine().getErr().flush();
                return 1;
            }
            return run(spec, db, admin -> {
                admin.importMenu(store, menu);
                return "menu of store " + store + " replaced from " + file;
            });
        }
    }

    @Command(name = "rotate-master-key", mixinStandardHelpOptions = true,
            description = "Re-wrap every chain's data key under a new master key (the data stays as it is; takes"
                    + " a moment). Stop the cloud instances, run this, start them with the new key.")
    static final class RotateMasterKey implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        AdminDatabase db;

        @Option(names = "--master-key-file", description = "the current master key's file (default: the environment"
                + " variable " + com.palmpos.cloud.MasterKey.VARIABLE + ", else master.key in --data)")
        Path current;

        @Option(names = "--new-master-key-file", required = true,
                description = "the new master key's file (openssl rand -base64 32 > new.key)")
        Path next;

        @Override
        public Integer call() {
            com.palmpos.cloud.MasterKey currentKey;
            com.palmpos.cloud.MasterKey nextKey;
            try {
                currentKey = current != null ? com.palmpos.cloud.MasterKey.fromFile(current)
                        : db.db != null ? com.palmpos.cloud.MasterKey.fromEnvironment(System.getenv())
                        : com.palmpos.cloud.MasterKey.fromEnvironmentOrFile(System.getenv(), db.data.resolve("master.key"));
                nextKey = com.palmpos.cloud.MasterKey.fromFile(next);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("palmpos cloud admin: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
            return run(spec, db, admin -> admin.rotateMasterKey(currentKey, nextKey) + " chain key(s) re-wrapped from"
                    + " master key " + currentKey.id() + " to " + nextKey.id() + "; start the cloud with the new key"
                    + (current == null && db.db == null ? " (replace master.key with it)" : ""));
        }
    }
}
