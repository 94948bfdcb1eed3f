package hu.kozossegi.portal.initiatives.internal;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    long countByInitiativeId(long initiativeId);

    @Query("select min(o.achievedOn) from Outcome o where o.initiativeId = ?1")
    LocalDate earliestAchievedOn(long initiativeId);
}
