package hu.kozossegi.portal.practices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import hu.kozossegi.portal.practices.internal.Actor;
import hu.kozossegi.portal.practices.internal.Practice;
import hu.kozossegi.portal.practices.internal.PracticeContent;
import hu.kozossegi.portal.practices.internal.PracticeRepository;
import hu.kozossegi.portal.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Test data for practices: a settlement and an initiative of a county, and practices in any state. */
@Component
public class PracticeFixtures {

    public static final Actor PROPOSER = new Actor("fixture-coordinator", "Javasló Júlia", false);
    public static final Actor REVIEWER = new Actor("fixture-national", "Bíráló Benedek", true);

    private final JdbcClient jdbc;
    private final PracticeRepository practices;

    PracticeFixtures(JdbcClient jdbc, PracticeRepository practices) {
        this.jdbc = jdbc;
        this.practices = practices;
    }

    /** A new settlement of {@code type} in {@code county}; returns its id. */
    public long settlement(String county, String type) {
        return new TestData(jdbc).settlement(county).set("type", type).set("latitude", 47.1).set("longitude", 19.1)
                .insert();
    }

    /** A running initiative whose primary settlement is a new village of {@code county}; returns its id. */
    public long initiative(String county) {
        return initiative(county, settlement(county, "VILLAGE"));
    }

    public long initiative(String county, long settlementId) {
        return new TestData(jdbc).initiative(settlementId).set("start_date", LocalDate.of(2025, 3, 1)).insert();
    }

    public static PracticeContent content(String title, String... themes) {
        return new PracticeContent(title, "Rövid összefoglaló a módszerről.", "A fiatalok elköltöznek.",
                "1. Összehívjuk a lakókat. 2. Közösen döntünk.", "Két önkéntes, egy terem.", "Klub alakult.",
                "Figyeljen a nyári szünetre.", "Kis falvakban.", "Kapcsolat Kata", "egyesületi elnök",
                "kapcsolat.kata@example.hu", "+36 30 123 4567", true,
                themes.length == 0 ? Set.of("YOUTH") : Set.of(themes));
    }

    /** A practice of a new initiative in {@code county}, brought to {@code status} through the workflow. */
    public Practice practice(String county, String title, PracticeStatus status, String... themes) {
        long settlementId = settlement(county, "VILLAGE");
        return practice(county, settlementId, title, status, themes);
    }

    public Practice practice(String county, long settlementId, String title, PracticeStatus status,
            String... themes) {
        long initiativeId = initiative(county, settlementId);
        Instant t = Instant.now();
        Practice p = Practice.propose(initiativeId, county, settlementId, content(title, themes), PROPOSER, t);
        if (status != PracticeStatus.DRAFT) {
            p.submit(PROPOSER, t, null);
        }
        switch (status) {
            case RETURNED -> p.returnForChanges(REVIEWER, t, "Bővebben írják le a lépéseket");
            case ACCREDITED -> p.accredit(REVIEWER, t, LocalDate.now(), "RP-T-" + System.nanoTime(), "Kiváló");
            case REJECTED -> p.reject(REVIEWER, t, "Nem átvehető");
            default -> { }
        }
        return practices.saveAndFlush(p);
    }
}
