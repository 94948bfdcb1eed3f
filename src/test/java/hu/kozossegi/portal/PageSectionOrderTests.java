package hu.kozossegi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import hu.kozossegi.portal.activities.VisitPageSection;
import hu.kozossegi.portal.geography.SettlementDetailSection;
import hu.kozossegi.portal.home.DashboardSection;
import hu.kozossegi.portal.initiatives.InitiativePageSection;
import hu.kozossegi.portal.practices.PracticePageSection;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The page sections other modules contribute come in the order they declare, never in the order Spring happens to
 * create their beans: no two sections of the same kind share an order.
 */
@PortalIntegrationTest
class PageSectionOrderTests {

    @Autowired
    ApplicationContext context;

    @Test
    void noTwoSectionsOfTheSameKindShareAnOrder() {
        assertDistinct(InitiativePageSection.class, InitiativePageSection::order);
        assertDistinct(DashboardSection.class, DashboardSection::order);
        assertDistinct(SettlementDetailSection.class, SettlementDetailSection::order);
        assertDistinct(VisitPageSection.class, VisitPageSection::order);
        assertDistinct(PracticePageSection.class, PracticePageSection::order);
    }

    @Test
    void theInitiativePageShowsTheLinkedActivitiesBeforeTheOrganisations() {
        List<String> end = context.getBeansOfType(InitiativePageSection.class).values().stream()
                .filter(s -> s.place() == InitiativePageSection.Place.END)
                .sorted(java.util.Comparator.comparingInt(InitiativePageSection::order))
                .map(s -> ClassUtils.getUserClass(s).getSimpleName()).toList();
        assertThat(end).containsExactly("InitiativeActivitiesSection", "OrganisationsOfInitiative");
    }

    private <T> void assertDistinct(Class<T> kind, ToIntFunction<T> order) {
        Map<Integer, List<String>> byOrder = context.getBeansOfType(kind).values().stream()
                .collect(Collectors.groupingBy(order::applyAsInt,
                        Collectors.mapping(s -> ClassUtils.getUserClass(s).getSimpleName(), Collectors.toList())));
        assertThat(byOrder).as(kind.getSimpleName() + " sections by order").isNotEmpty()
                .allSatisfy((o, sections) -> assertThat(sections).as(kind.getSimpleName() + " order " + o).hasSize(1));
    }
}
