package hu.kozossegi.portal.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import hu.kozossegi.portal.shared.rules.FieldViolation;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one settlement-name resolver: accents and case ignored everywhere, ambiguity explained at the field. */
@PortalIntegrationTest
class SettlementNameResolverTests {

    private static final AtomicLong SEQ = new AtomicLong();

    @Autowired
    SettlementNameResolver resolver;

    @Autowired
    JdbcClient jdbc;

    private String unique(String prefix) {
        return prefix + " " + System.nanoTime() % 1_000_000_000 + "-" + SEQ.incrementAndGet();
    }

    private long settlement(String county, String name) {
        return new TestData(jdbc).settlement(county).set("name", name).insert();
    }

    private static String withoutAccents(String name) {
        return name.replace("ő", "o").replace("ó", "o").replace("á", "a").replace("é", "e").replace("ű", "u")
                .toUpperCase();
    }

    @Test
    void aNameTypedWithoutAccentsFindsTheSettlementInEveryMode() {
        String name = unique("Kővágószőlős");
        long id = settlement("02", name);
        String typed = withoutAccents(name);
        assertThat(resolver.resolve(typed).id()).isEqualTo(id);
        assertThat(resolver.resolvePreferring(typed, "20").id()).isEqualTo(id);
        assertThat(resolver.resolveIn(typed, "02").id()).isEqualTo(id);
        assertThat(resolver.resolveIn(typed, "20").found()).isFalse();
        assertThat(resolver.resolveIn(typed, "20").violation("settlement")).get()
                .extracting(FieldViolation::messageKey).isEqualTo("settlement.error.typedUnknownInCounty");
    }

    @Test
    void anAmbiguousNameAsksForTheCountyAndTheCountyInBracketsNeedsNoAccentsEither() {
        String name = unique("Kisfalu");
        long baranya = settlement("02", name);
        settlement("20", name);
        SettlementNameResolver.Resolved ambiguous = resolver.resolve(withoutAccents(name));
        assertThat(ambiguous.found()).isFalse();
        assertThat(ambiguous.candidates()).hasSize(2);
        FieldViolation violation = ambiguous.violation("primarySettlement").orElseThrow();
        assertThat(violation.field()).isEqualTo("primarySettlement");
        assertThat(violation.messageKey()).isEqualTo("settlement.error.typedAmbiguous");
        assertThat(violation.args()[1].toString()).contains(name + " (Baranya)", name + " (Zala)");
        assertThat(resolver.resolve(withoutAccents(name) + " (baranya)").id()).isEqualTo(baranya);
        assertThat(resolver.resolvePreferring(name, "02").id()).isEqualTo(baranya);
    }

    @Test
    void theExactSpellingWinsAmongSeveralAccentFreeMatches() {
        String base = unique("Sárd");
        long accented = settlement("02", base);
        long plain = settlement("02", base.replace("á", "a"));
        assertThat(resolver.resolve(base).id()).isEqualTo(accented);
        assertThat(resolver.resolve(base.replace("á", "a")).id()).isEqualTo(plain);
        assertThat(resolver.resolve(base.toUpperCase()).id()).isEqualTo(accented);
    }

    @Test
    void anUnknownNameIsAFieldErrorNamingWhatWasTyped() {
        SettlementNameResolver.Resolved none = resolver.resolve("  Sehol-sincs-falu  ");
        assertThat(none.violation("venueName")).get().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("settlement.error.typedUnknown");
            assertThat(v.args()).containsExactly("Sehol-sincs-falu");
        });
    }
}
