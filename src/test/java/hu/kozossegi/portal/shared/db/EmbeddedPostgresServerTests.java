package hu.kozossegi.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedPostgresServerTests {

    @TempDir
    Path temp;

    @Test
    void aSecondStartOnTheSameDataDirectoryFailsWithAClearMessage() throws Exception {
        Path dataDir = temp.resolve("postgres");
        var lock = EmbeddedPostgresServer.lock(dataDir);
        try {
            assertThatThrownBy(() -> EmbeddedPostgresServer.lock(dataDir))
                    .isInstanceOf(EmbeddedDatabaseInUseException.class)
                    .hasMessageContaining("already in use");
        }
        finally {
            lock.release();
            lock.channel().close();
        }
        var again = EmbeddedPostgresServer.lock(dataDir);
        assertThat(again.isValid()).as("free again once released").isTrue();
        again.release();
        again.channel().close();
    }

    @Test
    void theFailureAnalysisTellsWhatToDo() {
        FailureAnalysis analysis = new EmbeddedDatabaseInUseFailureAnalyzer()
                .analyze(new EmbeddedDatabaseInUseException(temp));
        assertThat(analysis.getDescription()).contains("Another portal is already running");
        assertThat(analysis.getAction()).contains("portal.embedded-db.data-dir").contains("SPRING_DATASOURCE_URL");
    }
}
