package hu.kozossegi.portal.organisations.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByFoundedOutcomeId(long outcomeId);
}
