package hu.kozossegi.portal.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on the same data directory into a plain explanation instead of a stack trace. */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
        return new FailureAnalysis(
                "Another portal is already running on the embedded database in " + cause.dataDir() + ".",
                "Stop the other instance first, or start this one on other files with "
                        + "--portal.embedded-db.data-dir=<folder>, or point it at a PostgreSQL server with "
                        + "SPRING_DATASOURCE_URL.",
                cause);
    }
}
