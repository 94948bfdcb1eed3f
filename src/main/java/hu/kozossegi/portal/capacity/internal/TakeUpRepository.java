package hu.kozossegi.portal.capacity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface TakeUpRepository extends JpaRepository<TakeUp, Long> {

    boolean existsByPracticeIdAndInitiativeId(long practiceId, long initiativeId);

    boolean existsByPracticeIdAndOrganisationId(long practiceId, long organisationId);
}
