package hu.kozossegi.portal.capacity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    boolean existsByProgrammeIdAndOrganisationId(long programmeId, long organisationId);
}
