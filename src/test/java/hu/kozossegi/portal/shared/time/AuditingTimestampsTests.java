package hu.kozossegi.portal.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import hu.kozossegi.portal.geography.internal.Settlement;
import hu.kozossegi.portal.geography.internal.SettlementData;
import hu.kozossegi.portal.geography.internal.SettlementRepository;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JPA auditing beans are created when first needed, not at start-up (so the start-up thread does not wait for
 * Hibernate's metamodel), and a saved entity still gets its timestamp from the portal's clock.
 */
@PortalIntegrationTest
class AuditingTimestampsTests {

    @Autowired
    ConfigurableListableBeanFactory beanFactory;

    @Autowired
    SettlementRepository settlements;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMetamodelBeansAreLazy() {
        assertThat(beanFactory.getBeanDefinition("jpaMappingContext").isLazyInit()).isTrue();
        assertThat(beanFactory.getBeanDefinition("jpaAuditingHandler").isLazyInit()).isTrue();
    }

    @Test
    void aSavedEntityGetsItsModificationTimeFromTheClock() {
        long id = new TestData(jdbc).settlement("20", TestData.unique("Auditfalva"));
        jdbc.sql("UPDATE settlement SET updated_at = TIMESTAMPTZ '2001-01-01 00:00+00' WHERE id = :id")
                .param("id", id).update();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        transactions.executeWithoutResult(status -> {
            Settlement settlement = settlements.findById(id).orElseThrow();
            SettlementData changed = settlement.data();
            settlement.apply(new SettlementData(changed.name(), changed.countyCode(), changed.type(),
                    changed.parentId(), changed.population() + 1, changed.kshCode(), changed.microRegion(),
                    changed.disadvantaged(), changed.latitude(), changed.longitude()));
        });

        Instant updated = jdbc.sql("SELECT updated_at FROM settlement WHERE id = :id").param("id", id)
                .query(Instant.class).single();
        assertThat(updated).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    }
}
