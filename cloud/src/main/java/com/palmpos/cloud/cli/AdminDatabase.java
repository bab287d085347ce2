package com.palmpos.cloud.cli;

import com.palmpos.cloud.internal.CloudDatabase;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the admin commands find the cloud's database, and the admin's credential for it: the H2 directory (stop the
 * cloud first, it locks the directory), or a PostgreSQL URL, user and the password from
 * {@value CloudCommand#PASSWORD_VARIABLE}.
 */
public final class AdminDatabase {
    @Option(names = "--data", defaultValue = "cloud-data",
            description = "the cloud's H2 data directory when no --db is given (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost:5432/palmpos")
    String db;

    @Option(names = "--db-user", defaultValue = "palmpos", description = "PostgreSQL user (default: ${DEFAULT-VALUE})")
    String dbUser;

    CloudDatabase open() {
        return db == null ? CloudDatabase.h2(data, null)
                : CloudDatabase.postgres(db, dbUser, System.getenv(CloudCommand.PASSWORD_VARIABLE));
    }
}
